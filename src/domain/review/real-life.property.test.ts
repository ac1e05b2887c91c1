// docs/domain.md §5b rule 8: the invariants of the weekly review's real-life rules, each
// property named after the rule it checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../episodes';
import type { PlanExercise } from '../plan';
import { rungOf } from '../exercises';
import { sessionVolume } from '../progression';
import { equipmentKinds } from '../plan';
import { planArb, prescriptionArb, WEEK } from '../../../tests/support/domain/plan-arbitraries';
import { weekInput } from '../../../tests/support/domain/plan-test-builders';
import { betterAndWorseArb } from '../../../tests/support/domain/real-life-arbitraries';
import { restartAfterBreak } from './break-return';
import { reviewWeek } from './weekly-review';

const load = (e: PlanExercise) => e.loadKg ?? 0;

/** `worse` asks no more than `better`: no higher rung, no more load, on a tie no more volume. */
function expectNoHeavier(worse: PlanExercise, better: PlanExercise) {
  expect(rungOf(worse.exerciseId)).toBeLessThanOrEqual(rungOf(better.exerciseId));
  if (worse.exerciseId !== better.exerciseId) return;
  expect(load(worse)).toBeLessThanOrEqual(load(better) + 1e-9);
  if (Math.abs(load(worse) - load(better)) < 1e-9) {
    expect(sessionVolume(worse)).toBeLessThanOrEqual(sessionVolume(better) + 1e-9);
  }
}

describe('docs/domain.md §5b rule 8', () => {
  it('rule 8: a worse week never gives more load, sets or a higher rung than the better week, the baseline week included', () => {
    fc.assert(
      fc.property(betterAndWorseArb, ({ plan, better, worse }) => {
        const good = reviewWeek(weekInput(plan, WEEK, better));
        const bad = reviewWeek(weekInput(plan, WEEK, worse));
        bad.plan.exercises.forEach((after, i) => {
          expectNoHeavier(after, good.plan.exercises[i]!);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('rule 2: a longer break never gives a heavier restart', () => {
    fc.assert(
      fc.property(
        prescriptionArb,
        fc.subarray([...equipmentKinds]),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (before, equipment, a, b) => {
          const [shorter, longer] = a <= b ? [a, b] : [b, a];
          const short = restartAfterBreak(before, shorter, equipment).after;
          const long = restartAfterBreak(before, longer, equipment).after;
          expectNoHeavier(long, short);
          expectNoHeavier(short, before);
        },
      ),
    );
  });

  it('rule 3: an empty week never ends flare mode', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.integer({ min: -30, max: -1 }),
        fc.integer({ min: 0, max: 2 }),
        (plan, since, checkins) => {
          const flaring = { ...plan, flareMode: true, flareSince: addDays(WEEK, since) };
          const input = weekInput(flaring, WEEK, { sessions: 0 });
          const days = Array.from({ length: checkins }, (_, i) => addDays(WEEK, i * 2 + 1));
          const review = reviewWeek({
            ...input,
            checkins: days.map((day) => ({
              id: `checkin-${day}`,
              createdAt: `${day}T08:00:00.000Z`,
              updatedAt: `${day}T08:00:00.000Z`,
              day,
              backPain: 3,
              activityIds: [],
            })),
          });
          expect(review.status).toBe('empty');
          expect(review.plan.flareMode).toBe(true);
          expect(review.goodWeeksInARow).toBe(0);
          expect(review.plan.exercises).toEqual(flaring.exercises);
        },
      ),
    );
  });
});
