import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../episodes';
import { defaultPrescription } from '../exercises';
import { checkPlan, checkPlanChange } from '../plan';
import {
  WEEK,
  planArb,
  reviewInputArb,
  weekScriptArb,
} from '../../../tests/support/domain/plan-arbitraries';
import { buildOneExercisePlan, playWeeks } from '../../../tests/support/domain/plan-test-builders';
import {
  comparableVolumes,
  loadUnitsOf,
  sessionVolume,
  weeklyVolume,
  stepBack,
} from '../progression';
import { inWeek } from '../../../tests/support/domain/week-oracle';
import { reviewWeek, type WeekReview, type WeekReviewInput } from './weekly-review';

const LIMIT = 1.1 + 1e-9;
const clock = { now: `${addDays(WEEK, 8)}T12:00:00.000Z`, today: addDays(WEEK, 8) };

/** The flare signals of the week, worked out from the records independently of the engine. */
function hasFlareSignal(input: WeekReviewInput): boolean {
  const liveSessions = new Map(
    input.sessions.filter((s) => s.deletedAt === undefined && inWeek(s.day)).map((s) => [s.id, s]),
  );
  const spasm = input.episodes.some(
    (e) => e.deletedAt === undefined && inWeek(input.dayOf(e.startedAt)),
  );
  const pain = input.sets.some(
    (s) => s.deletedAt === undefined && liveSessions.has(s.sessionId) && s.painDuring > 5,
  );
  // A morning answer counts for the session's week and for the week it falls in (the morning
  // after the week before's last session), so one given after that week's review isn't lost.
  const worse = input.checkins.some(
    (c) =>
      c.deletedAt === undefined &&
      c.morningAfterSession === 'worse' &&
      (inWeek(addDays(c.day, -1)) || inWeek(c.day)),
  );
  return spasm || pain || worse;
}

function checkVolumes(review: WeekReview, daysPerWeek: number) {
  for (const d of review.decisions) {
    const before = weeklyVolume(d.before, daysPerWeek);
    const after = weeklyVolume(d.after, daysPerWeek);
    if (d.after.exerciseId === d.before.exerciseId) {
      // A baseline week is set at the most done tolerably, capped at 10 % over that work, not
      // over the prescription (docs/domain.md §5 rule 3, §5b rule 5; baseline.test.ts checks the
      // cap): one who did 2 × 9 on a 2 × 8 plan is planned 2 × 9.
      if (d.reason !== 'baseline-raised') expect(after).toBeLessThanOrEqual(before * LIMIT);
    } else {
      // A rung change starts that rung at its default prescription in the same units or lighter
      // (same load, fewer sets or reps), within 10 % when the two can be compared.
      expect(loadUnitsOf(d.after)).toBe(loadUnitsOf(d.before));
      const start = defaultPrescription(d.after.exerciseId, loadUnitsOf(d.before))!;
      expect(d.after.loadKg).toBe(start.loadKg);
      expect(d.after.sets).toBeLessThanOrEqual(start.sets);
      expect(sessionVolume(d.after)).toBeLessThanOrEqual(sessionVolume(start));
      if (comparableVolumes(d.before, d.after) && d.action === 'progress') {
        expect(after).toBeLessThanOrEqual(before * LIMIT);
      }
    }
    if (d.action === 'step-back' && d.after.exerciseId === d.before.exerciseId) {
      expect(after).toBeLessThan(before);
    }
  }
}

/** A review input in which flare mode may have been turned on by hand, 14 days before to day 6. */
const handFlareArb = fc
  .tuple(reviewInputArb, fc.option(fc.integer({ min: -14, max: 6 }), { nil: undefined }))
  .map(([input, offset]): WeekReviewInput => ({
    ...input,
    ...(offset !== undefined && { flareTurnedOnDay: addDays(WEEK, offset) }),
  }));

/** In flare mode, the day it began: the later of flareSince and the day it was turned on. */
const flareBegan = (input: WeekReviewInput) =>
  [input.plan.flareSince ?? '', input.flareTurnedOnDay ?? ''].sort().at(-1)!;

const shuffle = <T>(items: readonly T[], keys: readonly number[]) =>
  items
    .map((item, i) => ({ item, key: keys[i % keys.length]! * 1000 + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

describe('weekly review invariants', () => {
  it('never raises an exercise’s weekly volume load more than 10 % over the week before', () => {
    fc.assert(
      fc.property(reviewInputArb, (input) => {
        checkVolumes(reviewWeek(input), input.plan.daysPerWeek);
      }),
    );
  });

  it('never progresses in a week with a spasm, pain during above 5/10 or a worse next morning', () => {
    fc.assert(
      fc.property(reviewInputArb, (input) => {
        const review = reviewWeek(input);
        if (!hasFlareSignal(input)) return;
        expect(review.decisions.filter((d) => d.action === 'progress')).toEqual([]);
        expect(review.plan.flareMode).toBe(true);
        expect(review.status).toBe('flare');
      }),
    );
  });

  it('never counts a flare week or flare mode against consistency', () => {
    fc.assert(
      fc.property(
        reviewInputArb,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (input, keep) => {
          const flaring = input.plan.flareMode || hasFlareSignal(input);
          const review = reviewWeek(input);
          if (!flaring) return;
          const holds = ['inconsistent', 'too-hard', 'below-target'];
          expect(review.decisions.filter((d) => holds.includes(d.reason))).toEqual([]);
          expect(review.status).not.toBe('inconsistent');
          // With a spasm, dropping any sessions changes nothing: missed sessions don't count.
          const spasm = input.episodes.some(
            (e) => e.deletedAt === undefined && inWeek(e.startedAt.slice(0, 10)),
          );
          if (!spasm || input.plan.flareMode) return;
          const fewer = reviewWeek({
            ...input,
            sessions: input.sessions.filter((_, i) => keep[i % 6]),
          });
          expect(fewer.decisions.map((d) => [d.action, d.after])).toEqual(
            review.decisions.map((d) => [d.action, d.after]),
          );
        },
      ),
    );
  });

  it('never ends flare mode at a review whose week does not lie wholly after the flare began', () => {
    fc.assert(
      fc.property(handFlareArb, (input) => {
        const review = reviewWeek(input);
        if (!input.plan.flareMode || review.plan.flareMode) return;
        expect(input.plan.flareSince! < WEEK).toBe(true);
        expect(flareBegan(input) < WEEK).toBe(true);
        expect(review.status).toBe('calm');
      }),
    );
  });

  it('in flare mode, steps a new spasm back like pain during above 5/10: every exercise', () => {
    fc.assert(
      fc.property(handFlareArb, (input) => {
        const began = flareBegan(input);
        const newSpasm = input.episodes.some((e) => {
          const day = input.dayOf(e.startedAt);
          return e.deletedAt === undefined && inWeek(day) && day > began;
        });
        if (!input.plan.flareMode || !newSpasm) return;
        const review = reviewWeek(input);
        for (const d of review.decisions) {
          const back = stepBack(d.before, input.plan.equipment);
          expect(d.reason).toBe('flare-spasm');
          expect(d.action).toBe(back.how === 'none' ? 'hold' : 'step-back');
          expect(d.after).toEqual(back.after);
        }
        expect(review.plan.flareMode).toBe(true);
      }),
    );
  });

  it('gives the same plan for the same inputs, whatever the order of the records', () => {
    fc.assert(
      fc.property(
        reviewInputArb,
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 30 }),
        (input, keys) => {
          const review = reviewWeek(input);
          expect(reviewWeek(input)).toEqual(review);
          const shuffled = {
            ...input,
            sessions: shuffle(input.sessions, keys),
            sets: shuffle(input.sets, keys.toReversed()),
            checkins: shuffle(input.checkins, keys),
            episodes: shuffle(input.episodes, keys),
          };
          expect(reviewWeek(shuffled)).toEqual(review);
        },
      ),
    );
  });

  it('always returns a plan and a history entry that pass their schemas', () => {
    fc.assert(
      fc.property(reviewInputArb, (input) => {
        const review = reviewWeek(input);
        expect(checkPlan(review.plan, clock)).toMatchObject({ ok: true });
        const meta = { id: 'change', createdAt: clock.now, updatedAt: clock.now };
        expect(checkPlanChange({ ...review.change, ...meta }, clock)).toMatchObject({ ok: true });
      }),
    );
  });

  it('after a break and a flare, plans the baseline week at what was done tolerably, over 10 % above the prescription', () => {
    // Found by the property below (seed 2112636466): two empty weeks, a worse morning that steps
    // down to alternating supermans 2 × 8, a calm week, then 2 × 9 done in both sessions.
    const start = buildOneExercisePlan(
      {
        exerciseId: 'superman-hold',
        ladder: 'extension',
        sets: 1,
        repsMin: 3,
        repsMax: 3,
        targetReps: [1],
        holdSeconds: 1,
      },
      { phase: 1, daysPerWeek: 2, equipment: [] },
    );
    const reviews = playWeeks(start, [
      { sessions: 0 },
      { sessions: 0 },
      { worseAfter: 0 },
      {},
      { reps: 9 },
    ]);
    const last = reviews.at(-1)!.decisions[0]!;
    expect(last).toMatchObject({ reason: 'baseline-raised', action: 'progress' });
    expect(last.before).toMatchObject({ exerciseId: 'alternating-superman', targetReps: [8, 8] });
    expect(last.after).toMatchObject({ exerciseId: 'alternating-superman', targetReps: [9, 9] });
  });

  it('keeps every week within 10 % of the last over weeks of any mix of good and bad weeks', () => {
    const script = weekScriptArb;
    fc.assert(
      fc.property(planArb, fc.array(script, { minLength: 1, maxLength: 10 }), (plan, scripts) => {
        for (const review of playWeeks(
          { ...plan, flareMode: false, flareSince: undefined },
          scripts,
        )) {
          checkVolumes(review, plan.daysPerWeek);
        }
      }),
      { numRuns: 50 },
    );
  });
});
