// fast-check generators for docs/domain.md §5b rule 8: a week and the same week made worse in one
// way (more pain, harder effort, a worse morning, a spasm, less work, fewer sessions).
import fc from 'fast-check';
import type { Plan } from '../../../src/domain/plan/plan';
import type { WeekScript } from './plan-test-builders';
import { planArb } from './plan-arbitraries';

export type BetterAndWorse = { plan: Plan; better: WeekScript; worse: WeekScript };

const worseOf = (plan: Plan, better: WeekScript): fc.Arbitrary<WeekScript> =>
  fc.oneof(
    fc.constant({ ...better, effort: 'hard' as const }),
    fc.constant({ ...better, hardOn: 0 }),
    fc.integer({ min: 3, max: 5 }).map((pain) => ({ ...better, pain })),
    fc.integer({ min: 6, max: 10 }).map((pain) => ({ ...better, painOn: { offset: 0, pain } })),
    fc.integer({ min: 0, max: 6 }).map((spasmOn) => ({ ...better, spasmOn })),
    fc.constant({ ...better, worseAfter: 0 }),
    // Fewer sessions, at least one: a week with none is no information (§5b rule 3).
    fc.integer({ min: 1, max: Math.max(1, plan.daysPerWeek - 1) }).map((sessions) => ({
      ...better,
      sessions,
    })),
    // Fewer reps, at least one: sets of 0 reps are no session (§5b rule 10), so no information.
    fc
      .integer({ min: 1, max: 20 })
      .map((fewer) => ({ ...better, reps: Math.max(1, (better.reps ?? 1) - fewer) })),
  );

/** A plan (maybe in its baseline week, maybe in flare mode), a week, and that week made worse. */
export const betterAndWorseArb: fc.Arbitrary<BetterAndWorse> = fc
  .record({
    plan: planArb,
    baseline: fc.boolean(),
    reps: fc.integer({ min: 1, max: 20 }),
    effort: fc.constantFrom('easy' as const, 'moderate' as const),
  })
  .chain(({ plan, baseline, reps, effort }) => {
    const start: Plan = { ...plan, ...(baseline && { findingBaseline: true }) };
    const better: WeekScript = { reps, effort };
    return worseOf(start, better).map((worse) => ({ plan: start, better, worse }));
  });
