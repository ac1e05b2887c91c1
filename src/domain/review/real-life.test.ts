// docs/domain.md §5b rules 1, 7 and 8 in small: the session's pain stop, the gentle routine, one
// hard last set, the baseline week's monotony, and the domain's own door.
import { describe, expect, it } from 'vitest';
import { defaultPrescription } from '../exercises';
import type { ExerciseSet } from '../plan';
import { describePrescription } from '../progression';
import { buildPlan } from '../../../tests/support/domain/test-builders';
import { FIRST_WEEK, weekInput } from '../../../tests/support/domain/plan-test-builders';
import { gentleRoutine, lighterVersion, painStops } from './same-day';
import { reviewWeek } from './weekly-review';

const plan = buildPlan({
  phase: 3,
  daysPerWeek: 3,
  trainingDays: [1, 3, 4],
  equipment: ['dumbbells', 'bench'],
  exercises: [
    { ...defaultPrescription('prone-press-up')!, targetReps: [10, 10] },
    { ...defaultPrescription('one-arm-row')!, targetReps: [10, 10] },
    { ...defaultPrescription('glute-bridge')!, targetReps: [10, 10] },
  ],
});
const THURSDAY = '2026-01-08';

describe('one hard last set with the target met (§5b rule 7)', () => {
  const input = weekInput(plan, FIRST_WEEK);
  const lastRowSet = (s: ExerciseSet) =>
    s.exerciseId === 'one-arm-row' && s.sessionId === `session-${THURSDAY}` && s.setNumber === 2;
  const review = reviewWeek({
    ...input,
    sets: input.sets.map((s) => (lastRowSet(s) ? { ...s, effort: 'hard' as const } : s)),
  });

  it('holds only that exercise, counts as a steady week, and the headline says both', () => {
    expect(review.status).toBe('good');
    expect(review.goodWeeksInARow).toBe(1);
    expect(review.decisions.map((d) => d.action)).toEqual(['progress', 'hold', 'progress']);
    expect(review.headline).toBe(
      'Steady week, 3 of 3 sessions done: 2 steps up, 1 held (a set felt hard on Thu).',
    );
    expect(review.decisions[1]!.sentence).toBe(
      'Held at 2 × 10 at 4 kg: you reached it, but the last set felt hard on Thursday. Only this exercise waits; the rest of your plan carries on, and the week still counts as steady.',
    );
  });

  it('a hard first set still holds only that exercise, but the week is not steady', () => {
    const first = reviewWeek({
      ...input,
      sets: input.sets.map((s) =>
        lastRowSet({ ...s, setNumber: s.setNumber + 1 }) ? { ...s, effort: 'hard' as const } : s,
      ),
    });
    expect(first.status).toBe('too-hard');
    expect(first.decisions.map((d) => d.action)).toEqual(['progress', 'hold', 'progress']);
    expect(first.headline).toBe(
      '3 of 3 sessions done: 2 steps up, 1 held (a set felt hard on Thu).',
    );
  });
});

describe('the baseline week is monotone (§5b rule 8)', () => {
  const bridge = { ...defaultPrescription('glute-bridge')!, sets: 3, targetReps: [10, 10, 10] };
  const baseline = buildPlan({ exercises: [bridge], findingBaseline: true });
  const input = weekInput(baseline, FIRST_WEEK);
  const rated = (moderate: number) =>
    reviewWeek({
      ...input,
      sets: input.sets.map((s) => ({
        ...s,
        effort: s.setNumber <= moderate ? ('moderate' as const) : ('hard' as const),
      })),
    }).plan.exercises[0]!;

  it('all three sets hard eases one step; one of three moderate never plans less', () => {
    expect(describePrescription(rated(0))).toBe('3 sets of 8, 8, 7');
    expect(describePrescription(rated(1))).toBe('3 sets of 8, 8, 7');
    expect(describePrescription(rated(3))).toBe('3 × 10');
  });
});

describe('the domain refuses impossible input at its own door', () => {
  const input = weekInput(plan, FIRST_WEEK);
  const withSet = (patch: Partial<Record<keyof ExerciseSet, unknown>>) => () =>
    reviewWeek({ ...input, sets: [{ ...input.sets[0]!, ...patch } as ExerciseSet] });

  it('says what was wrong', () => {
    const id = input.sets[0]!.id;
    expect(withSet({ reps: -1 })).toThrow(
      `Set ${id}: reps must be a whole number, 0 or more (got -1).`,
    );
    expect(withSet({ reps: 2.5 })).toThrow('reps must be a whole number, 0 or more (got 2.5)');
    expect(withSet({ loadKg: Number.NaN })).toThrow(
      'load must be a number of kg, 0 or more (got NaN)',
    );
    expect(withSet({ painDuring: 11 })).toThrow(
      'pain during must be a whole number from 0 to 10 (got 11)',
    );
    expect(() => painStops([{ exerciseId: 'a', painDuring: -2 }])).toThrow(
      'Pain during the set must be a whole number from 0 to 10 (got -2).',
    );
  });
});

describe('same day (§5b rule 1)', () => {
  it('stops an exercise at pain 6, offers the gentle routine at a second one or at 8', () => {
    expect(painStops([{ exerciseId: 'row', painDuring: 5 }])).toEqual({
      stopped: [],
      offerGentleRoutine: false,
    });
    expect(painStops([{ exerciseId: 'row', painDuring: 7 }])).toEqual({
      stopped: ['row'],
      offerGentleRoutine: false,
    });
    const two = [
      { exerciseId: 'row', painDuring: 6 },
      { exerciseId: 'bridge', painDuring: 6 },
    ];
    expect(painStops(two).offerGentleRoutine).toBe(true);
    expect(painStops([{ exerciseId: 'row', painDuring: 8 }]).offerGentleRoutine).toBe(true);
  });

  it('builds the gentle routine from walking and what eased this person before, 5-10 minutes', () => {
    const eased = (easedBy: ('heat' | 'lying-down' | 'medicine')[]) => ({ easedBy });
    const steps = gentleRoutine([
      eased(['heat']),
      eased(['heat', 'lying-down']),
      eased(['medicine']),
    ]);
    expect(steps.map((s) => s.text)).toEqual([
      'Walk at an easy pace, indoors or out, letting your arms swing.',
      'Some warmth on your back, as has helped before.',
      'Lie on your back with your knees bent and breathe slowly, letting your back settle.',
    ]);
    const minutes = steps.reduce((a, s) => a + s.minutes, 0);
    expect(minutes).toBeGreaterThanOrEqual(5);
    expect(minutes).toBeLessThanOrEqual(10);
    expect(gentleRoutine([]).reduce((a, s) => a + s.minutes, 0)).toBe(8);
  });

  it('offers a lighter version on the same rung, the plan unchanged', () => {
    const row = plan.exercises[1]!;
    expect(describePrescription(lighterVersion(row, plan))).toBe('2 sets of 8, 7 at 4 kg');
    expect(lighterVersion(row, plan).exerciseId).toBe(row.exerciseId);
  });
});
