import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownedArb, ownedPrescriptionArb } from '../../../tests/support/domain/owned-arbitraries';
import type { OwnedEquipment, PlanExercise } from '../plan';
import { rungOf } from '../exercises';
import {
  comparableVolumes,
  sessionVolume,
  setLoadsOf,
  targetRepsOf,
  topLoadOf,
} from './prescription';
import { progressionStep } from './progression-step';
import { stepBack } from './step-back';
import { gridFor } from './step-limits';

const all = ['dumbbells', 'kettlebell', 'barbell', 'bench'] as const;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Every set's load is one the person owns, none above the heaviest owned. */
function onGrid(e: PlanExercise, owned: OwnedEquipment): boolean {
  const grid = gridFor(e, owned);
  if (grid === undefined || e.loadKg === undefined) return true;
  const heaviest = grid.at(-1) ?? 0;
  return setLoadsOf(e).every(
    (l) => l <= heaviest + 1e-9 && grid.some((w) => Math.abs(w - l) < 1e-6),
  );
}

const withPlan = (units?: 'kg' | 'lb') =>
  ownedArb(units).chain((owned) =>
    fc.record({
      owned: fc.constant(owned),
      exercise: ownedPrescriptionArb(owned),
      weeks: fc.array(
        fc.record({ work: fc.double({ min: 0.5, max: 1.6, noNaN: true }), back: fc.boolean() }),
        { minLength: 1, maxLength: 40 },
      ),
    }),
  );

describe('owned equipment invariants (docs/domain.md §5b)', () => {
  for (const units of ['kg', 'lb'] as const) {
    it(`rule 8 / rule 6: every load is owned and <= the heaviest owned, over random weeks (${units})`, () => {
      fc.assert(
        fc.property(withPlan(units), ({ owned, exercise, weeks }) => {
          let e = exercise;
          for (const { work, back } of weeks) {
            const done = sessionVolume(e) * 3 * work;
            e = back
              ? stepBack(e, all, owned).after
              : progressionStep(e, all, true, { owned, mostDoneWeekly: done, sessionsPerWeek: 3 })
                  .after;
            if (!onGrid(e, owned)) return false;
          }
          return true;
        }),
        { numRuns: 150 },
      );
    });

    it(`rule 5: planned weekly volume <= 1.1 x the most done in 4 weeks after any step up (${units})`, () => {
      fc.assert(
        fc.property(
          withPlan(units),
          fc.double({ min: 0.3, max: 2, noNaN: true }),
          ({ owned, exercise }, work) => {
            const mostDone = sessionVolume(exercise) * 3 * work;
            const step = progressionStep(exercise, all, true, {
              owned,
              mostDoneWeekly: mostDone,
              sessionsPerWeek: 3,
            });
            if (step.action !== 'progress' || !comparableVolumes(exercise, step.after)) return true;
            return sessionVolume(step.after) * 3 <= mostDone * 1.1 + 1e-6;
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('rule 8: more tolerable work never gives less (rung, load, sets, reps)', () => {
    const rank = (e: PlanExercise) => [
      rungOf(e.exerciseId),
      topLoadOf(e),
      e.sets,
      sum(targetRepsOf(e)),
    ];
    const atLeast = (a: number[], b: number[]) => {
      for (let i = 0; i < a.length; i += 1) {
        if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
      }
      return true;
    };
    fc.assert(
      fc.property(
        withPlan(),
        fc.double({ min: 0.3, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ owned, exercise }, less, extra) => {
          const weekly = sessionVolume(exercise) * 3;
          const limits = (work: number) => ({
            owned,
            mostDoneWeekly: weekly * work,
            sessionsPerWeek: 3,
          });
          const worse = progressionStep(exercise, all, true, limits(less)).after;
          const better = progressionStep(exercise, all, true, limits(less + extra)).after;
          return atLeast(rank(better), rank(worse));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a fixed example: 2 kg rows on dumbbells of 2, 3 and 4 kg step in at 3 kg, never 4', () => {
    const owned: OwnedEquipment = { units: 'kg', dumbbells: { kind: 'fixed', weights: [2, 3, 4] } };
    const row = {
      exerciseId: 'one-arm-row',
      ladder: 'row' as const,
      sets: 3,
      repsMin: 10,
      repsMax: 15,
      targetReps: [15, 15, 15],
      loadKg: 2,
    };
    const step = progressionStep(row, ['dumbbells'], false, { owned });
    expect(step).toMatchObject({
      reason: 'progress-step-in',
      after: { stepIn: { loadKg: 3, sets: 1 } },
    });
  });
});
