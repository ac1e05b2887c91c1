import { describe, expect, it } from 'vitest';
import { defaultPrescription } from '../exercises';
import { checkPlan, type Plan, type PlanExercise } from '../plan';
import {
  FIRST_WEEK,
  weekInput,
  type WeekScript,
} from '../../../tests/support/domain/plan-test-builders';
import { buildPlan } from '../../../tests/support/domain/test-builders';
import { reviewWeek } from './weekly-review';

const start = (id: string) => defaultPrescription(id)!;
// Months into step 3: a row built past its start, and a new rung chosen in setup, trying it.
const row: PlanExercise = { ...start('one-arm-row'), targetReps: [12, 12], loadKg: 6 };
const birdDog: PlanExercise = { ...start('bird-dog'), findingBaseline: true };
const plan = (newRung: PlanExercise): Plan =>
  buildPlan({ phase: 3, equipment: ['dumbbells'], exercises: [newRung, row] });
const review = (newRung: PlanExercise, script: WeekScript = {}) =>
  reviewWeek(weekInput(plan(newRung), FIRST_WEEK, script));
const actions = (r: ReturnType<typeof review>) => r.decisions.map((d) => [d.action, d.reason]);
const clock = { now: '2026-02-01T12:00:00.000Z', today: '2026-02-01' };

describe('reviewWeek: a new rung gets a baseline week of its own', () => {
  it('sets the new rung from what stayed tolerable, while the others progress as usual', () => {
    // Bird dog done at 10 reps a set where it starts at 8: the baseline rises to what was done.
    const r = review(birdDog, { reps: 10, repsFor: 'bird-dog' });
    expect(actions(r)).toEqual([
      ['progress', 'baseline-raised'],
      ['progress', 'progress-reps'],
    ]);
    expect(r.decisions[0]!.afterText).toBe('2 × 10');
    expect(r.decisions[0]!.sentence).toMatch(/^Baseline set at 2 × 10: you did more than 2 × 8/);
    expect(r.decisions[0]!.atTop).toBe(false);
    // Tried: its own baseline week is over, and the plan stays valid.
    expect(r.plan.exercises[0]).toEqual({ ...start('bird-dog'), targetReps: [10, 10] });
    expect(r.plan.findingBaseline).toBeUndefined();
    expect(checkPlan(r.plan, clock).ok).toBe(true);
  });

  it('without its own baseline week, the same week would hold it (the old behaviour)', () => {
    const settled = { ...birdDog, findingBaseline: undefined };
    expect(actions(review(settled, { reps: 10, repsFor: 'bird-dog' }))[0]).toEqual([
      'progress',
      'progress-reps',
    ]);
    expect(actions(review(settled, { reps: 6, repsFor: 'bird-dog' }))[0]).toEqual([
      'hold',
      'below-target',
    ]);
  });

  it('lowers a rung not reached to the most done tolerably, instead of holding it there', () => {
    const r = review(birdDog, { reps: 6, repsFor: 'bird-dog' });
    expect(r.decisions[0]).toMatchObject({ action: 'step-back', reason: 'baseline-lowered' });
    expect(r.plan.exercises[0]).toMatchObject({ targetReps: [6, 6] });
    expect(r.plan.exercises[0]!.findingBaseline).toBeUndefined();
  });

  it('lets a hard set on the new rung ease it without holding the week or the others', () => {
    const r = review(birdDog, { hardOn: 0, hardFor: 'bird-dog' });
    expect(r.status).toBe('good');
    expect(actions(r)).toEqual([
      ['hold', 'baseline-kept'],
      ['progress', 'progress-reps'],
    ]);
    expect(r.headline).toBe('Steady week, 3 of 3 sessions done: 1 step up.');
    // The same hard set on a settled exercise still holds it, and the week counts as hard.
    const settled = review(
      { ...birdDog, findingBaseline: undefined },
      { hardOn: 0, hardFor: 'bird-dog' },
    );
    expect(settled.status).toBe('too-hard');
    expect(actions(settled)[0]).toEqual(['hold', 'too-hard']);
  });

  it('keeps it trying when it was not done, or the week was a flare', () => {
    const skipped = reviewWeek({
      ...weekInput(plan(birdDog), FIRST_WEEK),
      sets: weekInput(plan(birdDog), FIRST_WEEK).sets.filter((s) => s.exerciseId !== 'bird-dog'),
    });
    expect(actions(skipped)).toEqual([
      ['hold', 'baseline-untried'],
      ['progress', 'progress-reps'],
    ]);
    expect(skipped.plan.exercises[0]!.findingBaseline).toBe(true);
    const flare = review(birdDog, { spasmOn: 1 });
    expect(flare.decisions[0]!.reason).toBe('flare-spasm');
    expect(flare.plan.exercises[0]!.findingBaseline).toBe(true);
  });
});
