// The twelve-week scenarios of weekly-review.scenario.test.ts for a person who counts in pounds:
// the same Mon/Wed/Fri, dumbbells and a bench, on weights sold in pounds (10 lb rows, 5 lb flyes).
import { describe, expect, it } from 'vitest';
import { defaultPrescription, inUnits, smallestLoadStep } from '../exercises';
import { convertLoads, describePrescription } from '../progression';
import type { Plan } from '../plan';
import { playWeeks, type WeekScript } from '../../../tests/support/domain/plan-test-builders';
import { buildPlan } from '../../../tests/support/domain/test-builders';
import type { WeekReview } from './weekly-review';

const ids = ['prone-press-up', 'one-arm-row', 'glute-bridge', 'reverse-flye'];
const plan = (units: 'kg' | 'lb') =>
  buildPlan({
    phase: 2,
    daysPerWeek: 3,
    trainingDays: [1, 3, 5],
    equipment: ['dumbbells', 'bench'],
    exercises: ids.map((id) => defaultPrescription(id, units)!),
  });
const person = plan('lb');
const steady: WeekScript[] = Array.from({ length: 12 }, () => ({}));
const ending = (reviews: WeekReview[]) =>
  reviews.at(-1)!.plan.exercises.map((e) => `${e.exerciseId} ${describePrescription(e)}`);
const poundsOf = (plan: Plan) =>
  plan.exercises.flatMap((e) => (e.loadKg === undefined ? [] : [inUnits(e.loadKg, 'lb')]));

describe('twelve weeks in pounds, steady', () => {
  const reviews = playWeeks(person, steady);

  it('builds as the kg person does: baseline, step 3, a step up each week', () => {
    expect(reviews.map((r) => r.plan.phase)).toEqual([2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(reviews.every((r) => r.status === 'good' && !r.plan.flareMode)).toBe(true);
  });

  it('takes the 5 lb dumbbell step only with reps back at the bottom, volume unchanged', () => {
    expect(reviews[6]!.decisions[1]!.sentence).toBe(
      "Up to 2 × 10 at 15 lb: the 5 lb step is 50 % more load, so reps go back to the bottom of the range and the week's volume stays the same (our limit is a 10 % rise a week).",
    );
    expect(reviews[6]!.decisions[3]!.sentence).toBe(
      "Up to 2 × 10 at 7.5 lb: the 2.5 lb step is 50 % more load, so reps go back to the bottom of the range and the week's volume stays the same (our limit is a 10 % rise a week).",
    );
  });

  it('ends on pound weights a person owns, never more than 10 % more a week', () => {
    expect(ending(reviews)).toEqual([
      'bird-dog 2 sets of 10, 9',
      'one-arm-row 2 × 15 at 15 lb',
      'light-good-morning 2 sets of 10, 9',
      'reverse-flye 2 × 15 at 7.5 lb',
    ]);
    for (const review of reviews) {
      for (const d of review.decisions) expect(d.volumeChange ?? 0).toBeLessThanOrEqual(0.1 + 1e-9);
      expect(poundsOf(review.plan).every((lb) => lb % smallestLoadStep.lb === 0)).toBe(true);
    }
  });
});

describe('twelve weeks in pounds with a spasm on Tuesday of week 5', () => {
  const reviews = playWeeks(
    person,
    steady.map((s, i) => (i === 4 ? { spasmOn: 1 } : s)),
  );

  it('steps back in pounds: fewer reps where 5 lb less would be half the load', () => {
    expect(reviews[4]!.decisions[1]!.sentence).toBe(
      'Stepped back to 2 × 10 at 10 lb (23 % less): you logged a spasm on Tuesday. Flare mode is on: no steps up until a calm week has passed.',
    );
    expect(reviews[4]!.plan.flareMode).toBe(true);
  });

  it('restarts after the calm week and ends lower than the steady person', () => {
    expect(reviews[5]!.decisions.map((d) => d.reason)).toEqual(Array(4).fill('calm-week-restart'));
    expect(ending(reviews)).toEqual([
      'prone-press-up 2 × 10',
      'one-arm-row 2 × 10 at 15 lb',
      'glute-bridge 2 × 10',
      'reverse-flye 2 × 10 at 7.5 lb',
    ]);
  });
});

describe('twelve weeks switching from kg to pounds after week 6', () => {
  const first = playWeeks(plan('kg'), steady.slice(0, 6));
  const switched: Plan = {
    ...first.at(-1)!.plan,
    exercises: first.at(-1)!.plan.exercises.map((e) => convertLoads(e, 'lb')?.after ?? e),
  };
  const after = playWeeks(switched, steady.slice(6));

  it('moves each weight down to the nearest pound weight, never up', () => {
    expect(ending(first)[1]).toBe('one-arm-row 2 × 15 at 4 kg');
    expect(switched.exercises.map((e) => describePrescription(e))).toEqual([
      '2 × 11',
      '2 × 15 at 7.5 lb',
      '2 × 11',
      '2 × 15 at 2.5 lb',
    ]);
  });

  it('builds on in pounds, on pound steps, still within 10 % a week', () => {
    // From the converted 7.5 lb, the 5 lb step would be 11 % more even at 10 reps: a set instead.
    expect(after[0]!.decisions[1]!.sentence).toBe(
      "Up to 3 × 10 at 7.5 lb: one more set, reps back to the bottom of the range, because the next load (12.5 lb) would raise the week's volume by 11 %, over our 10 % a week; the week's volume stays the same.",
    );
    expect(after.every((r) => r.decisions.every((d) => (d.volumeChange ?? 0) <= 0.1 + 1e-9))).toBe(
      true,
    );
    // Three sets at the top now: the next review takes the 5 lb step back on two sets.
    expect(ending(after)).toEqual([
      'bird-dog 2 sets of 10, 9',
      'one-arm-row 3 × 15 at 7.5 lb',
      'light-good-morning 2 sets of 10, 9',
      'reverse-flye 3 × 15 at 2.5 lb',
    ]);
    const next = playWeeks(after.at(-1)!.plan, [{}])[0]!;
    expect(next.decisions[1]).toMatchObject({
      reason: 'progress-load',
      afterText: '2 × 10 at 12.5 lb',
    });
  });
});
