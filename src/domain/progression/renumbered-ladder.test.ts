// Renumbering a ladder (say, a new easiest rung) changes no stored record and nothing history
// shows (docs/architecture.md §3, stored shapes): records hold the exercise id, never its number.
// The library is swapped by mocking the row ladder's module before the domain is imported.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseLevel } from '../exercises';
import type { ExerciseSet, Plan } from '../plan';
import {
  buildExerciseSet,
  buildPlan,
  buildPlanExercise,
} from '../../../tests/support/domain/test-builders';

const plan: Plan = buildPlan({
  equipment: ['dumbbells', 'bench'],
  exercises: [
    buildPlanExercise({ exerciseId: 'one-arm-row', ladder: 'row', loadKg: 6 }),
    buildPlanExercise({ exerciseId: 'bent-over-row', ladder: 'row', loadKg: 4 }),
    buildPlanExercise({ exerciseId: 'bird-dog', ladder: 'extension', holdSeconds: 5 }),
  ],
});
const sets: ExerciseSet[] = [1, 2, 3].map((setNumber) =>
  buildExerciseSet({ id: `set-${String(setNumber)}`, exerciseId: 'bent-over-row', setNumber }),
);

/** What the person sees of their plan and history, read through the (possibly renumbered) library. */
async function whatHistoryShows(renumber: boolean) {
  vi.resetModules();
  if (renumber) {
    vi.doMock('../exercises/exercise-ladders-row', async (original) => {
      const { rowLevels } = await original<{ rowLevels: readonly ExerciseLevel[] }>();
      return { rowLevels: rowLevels.map((level) => ({ ...level, level: level.level + 1 })) };
    });
  }
  const { findLevel, rungOf } = await import('../exercises');
  const { ladderProgress, summarizeExerciseDay } = await import('./index');
  const { heavier } = await import('../review/ease');
  const { planSchema, exerciseSetSchema } = await import('../plan');
  return {
    rung: rungOf('bent-over-row'),
    stored: {
      plan: planSchema.parse(plan),
      sets: sets.map((set) => exerciseSetSchema.parse(set)),
    },
    names: plan.exercises.map((e) => findLevel(e.exerciseId)?.name),
    ladders: ladderProgress(plan).map((p) => [p.ladder, p.exercise.exerciseId, p.current?.name]),
    day: summarizeExerciseDay({ day: '2026-11-24', sets }),
    // Rungs are compared within a ladder only.
    heavier: plan.exercises.flatMap((a) =>
      plan.exercises.filter((b) => b.ladder === a.ladder).map((b) => heavier(a, b)),
    ),
  };
}

afterEach(() => {
  vi.doUnmock('../exercises/exercise-ladders-row');
  vi.resetModules();
});

describe('a renumbered ladder', () => {
  it('changes nothing stored and nothing history shows, only the rung numbers', async () => {
    const before = await whatHistoryShows(false);
    const after = await whatHistoryShows(true);
    expect(after.rung).toBe(before.rung + 1);
    expect({ ...after, rung: 0 }).toEqual({ ...before, rung: 0 });
    expect(before.ladders).toContainEqual(['row', 'bent-over-row', 'Bent-over row']);
  });
});
