import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../episodes';
import type { WeekReviewInput } from './weekly-review';
import { reviewInputArb } from '../../../tests/support/domain/plan-arbitraries';
import { weeklyVolume } from '../progression';
import {
  inWeek,
  liveSetsOfWeek,
  tolerableVolumeDone,
} from '../../../tests/support/domain/week-oracle';
import { reviewWeek } from './weekly-review';

/** Any review input with some exercises in a baseline week of their own (new rungs from setup). */
const ownBaselineArb: fc.Arbitrary<{ input: WeekReviewInput; trying: Set<string> }> =
  reviewInputArb.chain((input) =>
    fc
      .array(fc.boolean(), {
        minLength: input.plan.exercises.length,
        maxLength: input.plan.exercises.length,
      })
      .filter((mask) => mask.some(Boolean))
      .map((mask) => {
        const exercises = input.plan.exercises.map((e, i) =>
          mask[i] ? { ...e, findingBaseline: true } : e,
        );
        const trying = new Set(exercises.filter((e) => e.findingBaseline).map((e) => e.exerciseId));
        return { input: { ...input, plan: { ...input.plan, exercises } }, trying };
      }),
  );

const flareWeek = (input: WeekReviewInput) =>
  input.plan.flareMode ||
  input.episodes.some((e) => e.deletedAt === undefined && inWeek(input.dayOf(e.startedAt))) ||
  liveSetsOfWeek(input).some((s) => s.painDuring > 5) ||
  input.checkins.some(
    (c) =>
      c.deletedAt === undefined &&
      c.morningAfterSession === 'worse' &&
      (inWeek(addDays(c.day, -1)) || inWeek(c.day)),
  );

describe('an exercise’s own baseline week', () => {
  it('plans no more than before, or 10 % over the week’s tolerable work of that exercise', () => {
    fc.assert(
      fc.property(ownBaselineArb, ({ input, trying }) => {
        const review = reviewWeek(input);
        const sets = liveSetsOfWeek(input);
        for (const d of review.decisions) {
          if (!trying.has(d.exerciseId) || d.after.exerciseId !== d.before.exerciseId) continue;
          const done = tolerableVolumeDone(sets, d.before);
          const before = weeklyVolume(d.before, input.plan.daysPerWeek);
          const after = weeklyVolume(d.after, input.plan.daysPerWeek);
          expect(after).toBeLessThanOrEqual(Math.max(before, done * 1.1) + 1e-6);
        }
      }),
    );
  });

  it('decides the other exercises the same however the one trying went', () => {
    fc.assert(
      fc.property(
        ownBaselineArb,
        fc.constantFrom('easy' as const, 'moderate' as const, 'hard' as const),
        // At least one rep: a set of 0 reps is no session (docs/domain.md §5b rule 10).
        fc.integer({ min: 1, max: 20 }),
        ({ input, trying }, effort, reps) => {
          // Pain during the new rung is a flare signal for the whole plan (it pauses the
          // others), as it always was: compare weeks where the new rung gave none.
          const sets = liveSetsOfWeek(input);
          if (sets.some((s) => trying.has(s.exerciseId) && s.painDuring > 5)) return;
          // Whether the week had a session at all must not hang on the new rung's reps: every
          // day trained has a set of another exercise with reps done (§5b rule 10).
          const dayOf = new Map(input.sessions.map((x) => [x.id, x.day]));
          const days = new Set(sets.map((s) => dayOf.get(s.sessionId)));
          const counted = new Set(
            sets
              .filter((s) => !trying.has(s.exerciseId) && s.reps > 0)
              .map((s) => dayOf.get(s.sessionId)),
          );
          if ([...days].some((day) => !counted.has(day))) return;
          const review = reviewWeek(input);
          // The same sets of the new rung, every one of them rated and done differently.
          const other = reviewWeek({
            ...input,
            sets: input.sets.map((s) => (trying.has(s.exerciseId) ? { ...s, effort, reps } : s)),
          });
          const settled = (r: typeof review) =>
            r.decisions
              .filter((d) => !trying.has(d.exerciseId))
              .map((d) => [d.action, d.reason, d.after, d.atTop, d.sentence]);
          expect(settled(other)).toEqual(settled(review));
          expect(other.status).toBe(review.status);
          expect(other.plan.phase).toBe(review.plan.phase);
        },
      ),
    );
  });

  it('ends once the exercise was tried in a week outside a flare, and only then', () => {
    fc.assert(
      fc.property(ownBaselineArb, ({ input, trying }) => {
        const review = reviewWeek(input);
        // A set of 0 reps is no try (docs/domain.md §5b rule 10).
        const tried = new Set(
          liveSetsOfWeek(input)
            .filter((s) => s.reps > 0)
            .map((s) => s.exerciseId),
        );
        review.plan.exercises.forEach((after, i) => {
          const before = input.plan.exercises[i]!;
          if (!trying.has(before.exerciseId) || after.exerciseId !== before.exerciseId) return;
          const ends = tried.has(before.exerciseId) && !flareWeek(input);
          expect(after.findingBaseline).toBe(ends ? undefined : true);
        });
        expect(review.plan.findingBaseline).toBeUndefined();
      }),
    );
  });
});
