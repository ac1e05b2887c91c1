import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../episodes';
import { checkPlan } from '../plan';
import { WEEK, planArb, reviewInputArb } from '../../../tests/support/domain/plan-arbitraries';
import { weekInput } from '../../../tests/support/domain/plan-test-builders';
import { weeklyVolume } from '../progression';
import {
  inWeek,
  liveSetsOfWeek,
  tolerableVolumeDone,
} from '../../../tests/support/domain/week-oracle';
import { reviewWeek, type WeekReviewInput } from './weekly-review';

const clock = { now: `${addDays(WEEK, 8)}T12:00:00.000Z`, today: addDays(WEEK, 8) };
/**
 * Any review input with the plan in its baseline week, or a plan tried on some of its days with
 * more or fewer reps than prescribed (where raises and lowerings happen).
 */
const baselineInputArb: fc.Arbitrary<WeekReviewInput> = fc.oneof(
  reviewInputArb.map((input) => ({ ...input, plan: { ...input.plan, findingBaseline: true } })),
  fc
    .record({
      plan: planArb.map((plan) => ({ ...plan, findingBaseline: true })),
      sessions: fc.integer({ min: 1, max: 4 }),
      reps: fc.integer({ min: 0, max: 20 }),
      effort: fc.constantFrom('easy' as const, 'moderate' as const, 'hard' as const),
    })
    .map(({ plan, ...script }) => weekInput(plan, WEEK, script)),
);

function flareSignal(input: WeekReviewInput): boolean {
  const spasm = input.episodes.some(
    (e) => e.deletedAt === undefined && inWeek(input.dayOf(e.startedAt)),
  );
  const pain = liveSetsOfWeek(input).some((s) => s.painDuring > 5);
  const worse = input.checkins.some(
    (c) =>
      c.deletedAt === undefined && c.morningAfterSession === 'worse' && inWeek(addDays(c.day, -1)),
  );
  return spasm || pain || worse;
}

describe('baseline week invariants', () => {
  it('never plans more than the old prescription, or 10 % over the week’s tolerable work', () => {
    fc.assert(
      fc.property(baselineInputArb, (input) => {
        const review = reviewWeek(input);
        const sets = liveSetsOfWeek(input);
        for (const d of review.decisions) {
          if (d.after.exerciseId !== d.before.exerciseId) continue;
          const done = tolerableVolumeDone(sets, d.before);
          const before = weeklyVolume(d.before, input.plan.daysPerWeek);
          const after = weeklyVolume(d.after, input.plan.daysPerWeek);
          expect(after).toBeLessThanOrEqual(Math.max(before, done * 1.1) + 1e-6);
        }
      }),
    );
  });

  it('never raises anything in a week with a spasm, pain above 5/10 or a worse morning', () => {
    fc.assert(
      fc.property(baselineInputArb, (input) => {
        if (!flareSignal(input) && !input.plan.flareMode) return;
        const review = reviewWeek(input);
        expect(review.decisions.filter((d) => d.action === 'progress')).toEqual([]);
        expect(review.plan.findingBaseline).toBe(true);
      }),
    );
  });

  it('ends only when a week outside a flare saw every exercise tried', () => {
    fc.assert(
      fc.property(baselineInputArb, (input) => {
        const review = reviewWeek(input);
        // A set of 0 reps is no try (docs/domain.md §5b rule 10).
        const tried = new Set(
          liveSetsOfWeek(input)
            .filter((s) => s.reps > 0)
            .map((s) => s.exerciseId),
        );
        const allTried = input.plan.exercises.every((e) => tried.has(e.exerciseId));
        const ends = allTried && !flareSignal(input) && !input.plan.flareMode;
        expect(review.plan.findingBaseline).toBe(ends ? undefined : true);
        expect(review.plan.phase).toBe(input.plan.phase);
        expect(review.goodWeeksInARow).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives the same plan whatever the order of the records, and a plan that passes its schema', () => {
    fc.assert(
      fc.property(baselineInputArb, (input) => {
        const review = reviewWeek(input);
        const reversed = {
          ...input,
          sessions: input.sessions.toReversed(),
          sets: input.sets.toReversed(),
        };
        expect(reviewWeek(reversed).plan).toEqual(review.plan);
        expect(checkPlan(review.plan, clock).ok).toBe(true);
      }),
    );
  });
});
