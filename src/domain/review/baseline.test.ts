import { describe, expect, it } from 'vitest';
import { findBaseline } from './baseline';
import { defaultPrescription } from '../exercises';
import type { DaySets } from './exercise-week';
import type { PlanExercise, Effort, ExerciseSet } from '../plan';
import {
  FIRST_WEEK,
  buildOneExercisePlan,
  playWeeks,
  weekInput,
} from '../../../tests/support/domain/plan-test-builders';
import { buildPlan } from '../../../tests/support/domain/test-builders';
import { reviewWeek } from './weekly-review';

const row = defaultPrescription('one-arm-row')!; // 2 × 10 at 4 kg, 10-15 reps, 2 kg steps
const holds = defaultPrescription('superman-hold')!; // 2 × 3 × 10 s holds, up to 20 s
const days = ['2026-01-05', '2026-01-07', '2026-01-09'];

type Done = { reps: number; loadKg?: number; holdSeconds?: number; effort?: Effort; pain?: number };

/** One day's sets of `exercise`, as logged. */
function dayOf(day: string, exercise: PlanExercise, done: readonly Done[]): DaySets {
  return {
    day,
    sets: done.map((d, i): ExerciseSet => ({
      id: `set-${day}-${String(i)}`,
      createdAt: `${day}T18:00:00.000Z`,
      updatedAt: `${day}T18:00:00.000Z`,
      sessionId: `session-${day}`,
      exerciseId: exercise.exerciseId,
      setNumber: i + 1,
      reps: d.reps,
      ...(d.loadKg !== undefined && { loadKg: d.loadKg }),
      ...(d.holdSeconds !== undefined && { holdSeconds: d.holdSeconds }),
      effort: d.effort ?? 'moderate',
      painDuring: d.pain ?? 2,
    })),
  };
}

const everyDay = (exercise: PlanExercise, done: readonly Done[]) =>
  days.map((day) => dayOf(day, exercise, done));
const twice = (set: Done): Done[] => [set, set];

describe('findBaseline: what the baseline week shows stays tolerable', () => {
  it('keeps the prescription untouched when the exercise was not tried', () => {
    const other = dayOf(days[0]!, holds, twice({ reps: 3, holdSeconds: 10 }));
    expect(findBaseline(row, [other], 3, ['dumbbells'])).toEqual({ kind: 'untried', after: row });
  });

  it('keeps a prescription done within easy to moderate effort and pain at 5/10 or less', () => {
    const week = everyDay(row, twice({ reps: 10, loadKg: 4, pain: 5 }));
    expect(findBaseline(row, week, 3, ['dumbbells'])).toEqual({ kind: 'kept', after: row });
  });

  it('raises the baseline to more reps and load done tolerably all week', () => {
    const week = everyDay(row, twice({ reps: 12, loadKg: 6 }));
    expect(findBaseline(row, week, 3, ['dumbbells'])).toEqual({
      kind: 'raised',
      after: { ...row, sets: 2, targetReps: [12, 12], loadKg: 6 },
    });
  });

  it('never plans more than 10 % over the week’s tolerable work from one good day', () => {
    const week = [
      dayOf(days[0]!, row, twice({ reps: 12, loadKg: 6 })),
      dayOf(days[1]!, row, twice({ reps: 10, loadKg: 4 })),
      dayOf(days[2]!, row, twice({ reps: 10, loadKg: 4 })),
    ];
    // Done: 144 + 80 + 80 = 304 kg; three sessions of 2 × 12 at 6 kg would be 432.
    expect(findBaseline(row, week, 3, ['dumbbells'])).toEqual({ kind: 'kept', after: row });
  });

  it('leaves out sets rated hard or with pain above 5/10', () => {
    const week = everyDay(row, [
      { reps: 10, loadKg: 4 },
      { reps: 10, loadKg: 4 },
      { reps: 15, loadKg: 8, effort: 'hard' },
      { reps: 15, loadKg: 8, pain: 6 },
    ]);
    expect(findBaseline(row, week, 3, ['dumbbells'])).toEqual({ kind: 'kept', after: row });
  });

  it('lowers the baseline to the most done tolerably when the prescription was not reached', () => {
    const week = everyDay(row, [
      { reps: 8, loadKg: 4 },
      { reps: 7, loadKg: 4 },
      { reps: 10, loadKg: 4, effort: 'hard' },
    ]);
    expect(findBaseline(row, week, 3, ['dumbbells'])).toEqual({
      kind: 'lowered',
      after: { ...row, sets: 2, targetReps: [8, 7], loadKg: 4 },
    });
  });

  it('steps back instead when what was done is under 10 reps a session', () => {
    const week = [dayOf(days[0]!, row, [{ reps: 6, loadKg: 4 }])];
    const found = findBaseline(row, week, 3, ['dumbbells']);
    expect(found).toMatchObject({ kind: 'lowered', how: 'reps' });
    expect(found.after.targetReps).toEqual([8, 7]);
  });

  it('eases one step when every set was rated hard', () => {
    const week = everyDay(row, twice({ reps: 10, loadKg: 4, effort: 'hard' }));
    const found = findBaseline(row, week, 3, ['dumbbells']);
    expect(found).toMatchObject({ kind: 'too-hard', how: 'reps' });
    expect(found.after.targetReps).toEqual([8, 7]);
  });

  it('raises a hold to the longest held tolerably all week, within the rung’s range', () => {
    const week = everyDay(holds, twice({ reps: 3, holdSeconds: 25 }));
    expect(findBaseline(holds, week, 3, [])).toEqual({
      kind: 'raised',
      after: { ...holds, sets: 2, targetReps: [3, 3], holdSeconds: 20 },
    });
  });
});

describe('reviewWeek in the baseline week', () => {
  const start = buildPlan({ findingBaseline: true });

  it('sets every exercise’s baseline, says why, and ends the baseline week', () => {
    const review = reviewWeek(weekInput(start, FIRST_WEEK));
    expect(review.decisions.map((d) => [d.action, d.reason])).toEqual([
      ['hold', 'baseline-kept'],
      ['hold', 'baseline-kept'],
      ['hold', 'baseline-kept'],
    ]);
    expect(review.decisions[2]!.sentence).toBe(
      'Baseline set at 2 × 8 at 4 kg: it stayed tolerable this week (pain during at 5/10 or less, effort easy to moderate, mornings no worse than usual).',
    );
    expect(review.headline).toBe(
      'Baseline week done: your starting points are set from what stayed tolerable.',
    );
    expect(review.plan.findingBaseline).toBeUndefined();
    expect(review.plan.phase).toBe(2);
    expect(review.goodWeeksInARow).toBe(1);
  });

  it('counts as one steady week at most, so one more steady week moves on to step 3', () => {
    const previous = { weekOf: '2025-12-29', goodWeeksInARow: 5, exercises: [] };
    const review = reviewWeek({ ...weekInput(start, FIRST_WEEK), previous });
    expect(review.goodWeeksInARow).toBe(1);
    const [, next] = playWeeks(start, [{}, {}]);
    expect(next!.plan.phase).toBe(3);
    expect(next!.decisions.every((d) => d.reason !== 'baseline-kept')).toBe(true);
  });

  it('goes on while an exercise is untried, and says which were tried', () => {
    const plan = buildOneExercisePlan(row, { phase: 2, findingBaseline: true });
    const withBridge = {
      ...plan,
      exercises: [...plan.exercises, defaultPrescription('glute-bridge')!],
    };
    const input = weekInput(withBridge, FIRST_WEEK);
    const onlyRows = { ...input, sets: input.sets.filter((s) => s.exerciseId === 'one-arm-row') };
    const review = reviewWeek(onlyRows);
    expect(review.decisions.map((d) => d.reason)).toEqual(['baseline-kept', 'baseline-untried']);
    expect(review.decisions[1]!.sentence).toBe(
      'Not tried yet: 2 × 8 stays. Try it this week and the next review sets your baseline.',
    );
    expect(review.headline).toBe(
      'Baseline week: 1 of 2 exercises tried. Try the rest this week and the review sets their baseline.',
    );
    expect(review.plan.findingBaseline).toBe(true);
    expect(review.phaseMessage).toContain('Step 2, your baseline week');
  });

  it('steps back after a spasm as any week would, and the baseline week goes on', () => {
    const review = reviewWeek(weekInput(start, FIRST_WEEK, { spasmOn: 1 }));
    expect(review.decisions.every((d) => d.reason === 'flare-spasm')).toBe(true);
    expect(review.plan).toMatchObject({ flareMode: true, findingBaseline: true });
  });

  it('raises to what was done tolerably all week and says the 10 % limit is ours', () => {
    const plan = buildOneExercisePlan(row, { phase: 2, findingBaseline: true });
    const review = reviewWeek(weekInput(plan, FIRST_WEEK, { reps: 13 }));
    expect(review.decisions[0]).toMatchObject({ action: 'progress', reason: 'baseline-raised' });
    expect(review.decisions[0]!.sentence).toBe(
      "Baseline set at 2 × 13 at 4 kg: you did more than 2 × 10 at 4 kg and it stayed tolerable (pain during at 5/10 or less, effort easy to moderate). It rises no more than 10 % over the week's tolerable work (our rule).",
    );
  });

  it('eases an exercise whose sets all felt hard and explains the effort aimed for', () => {
    const plan = buildOneExercisePlan(row, { phase: 2, findingBaseline: true });
    const review = reviewWeek(weekInput(plan, FIRST_WEEK, { effort: 'hard' }));
    expect(review.decisions[0]).toMatchObject({ action: 'step-back', reason: 'baseline-too-hard' });
    expect(review.decisions[0]!.sentence).toBe(
      'Eased to 2 sets of 8, 7 at 4 kg: every set felt hard this week. Your baseline should feel easy to moderate, with 2 or more reps left in reserve.',
    );
  });
});
