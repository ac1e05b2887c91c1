import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromUnits, inUnits, smallestLoadStep } from './load-units';
import { planArbIn, weekScriptArb } from '../../../tests/support/domain/plan-arbitraries';
import { playWeeks, type WeekScript } from '../../../tests/support/domain/plan-test-builders';
import { comparableVolumes, formatLoad, loadUnitsOf, weeklyVolume } from '../progression';
import { units } from '../settings';
import type { WeekReview } from '../review';

const LIMIT = 1.1 + 1e-9;
const weeksArb = fc.array(weekScriptArb, { minLength: 1, maxLength: 10 });
const play = (plan: Parameters<typeof playWeeks>[0], scripts: WeekScript[], baseline: boolean) =>
  playWeeks(
    { ...plan, flareMode: false, flareSince: undefined, findingBaseline: baseline },
    scripts,
  );

/** Every "12.5 lb" or "4 kg" a person reads in a review: its prescriptions and sentences. */
function loadsShown(review: WeekReview): { value: number; unit: string }[] {
  const text = review.decisions.flatMap((d) => [d.beforeText, d.afterText, d.sentence]).join(' ');
  return [...text.matchAll(/(\d+(?:\.\d+)?) (kg|lb)\b/g)].map((m) => ({
    value: Number(m[1]),
    unit: m[2] ?? '',
  }));
}

describe.each(units)('loads in %s, week after week', (unit) => {
  it('never raises an exercise’s weekly volume load by more than 10 %', () => {
    fc.assert(
      fc.property(planArbIn(unit), weeksArb, (plan, scripts) => {
        for (const review of play(plan, scripts, false)) {
          for (const d of review.decisions) {
            const before = weeklyVolume(d.before, plan.daysPerWeek);
            const after = weeklyVolume(d.after, plan.daysPerWeek);
            const sameOrComparable =
              d.after.exerciseId === d.before.exerciseId ||
              (comparableVolumes(d.before, d.after) && d.action === 'progress');
            // The cap is on work done (docs/domain.md §5b rule 5): a baseline week (the week back
            // after a break) may plan up to what was done tolerably, never above the old plan.
            const done =
              review.change.exercises.find((e) => e.exerciseId === d.exerciseId)?.workDone ?? [];
            const cap = d.reason === 'baseline-raised' ? Math.max(before, ...done) : before;
            if (sameOrComparable) expect(after).toBeLessThanOrEqual(cap * LIMIT);
            expect(loadUnitsOf(d.after)).toBe(unit);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('shows every load as a multiple of the smallest step, reading back as exactly the kg stored', () => {
    fc.assert(
      fc.property(planArbIn(unit), weeksArb, fc.boolean(), (plan, scripts, baseline) => {
        for (const review of play(plan, scripts, baseline)) {
          for (const shown of loadsShown(review)) {
            expect(shown.unit).toBe(unit);
            const steps = shown.value / smallestLoadStep[unit];
            expect(steps, `${String(shown.value)} ${unit}`).toBe(Math.round(steps));
          }
          for (const exercise of review.plan.exercises) {
            if (exercise.loadKg === undefined) continue;
            // Stored kg -> what the person reads -> kg again: the very same number, no drift.
            const read = Number.parseFloat(formatLoad(exercise.loadKg, unit));
            expect(read).toBe(inUnits(exercise.loadKg, unit));
            expect(fromUnits(read, unit)).toBe(exercise.loadKg);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
