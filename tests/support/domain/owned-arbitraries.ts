// fast-check generators for the owned-equipment property tests: any weights a person may own,
// in kg or lb, and a prescription on a loaded rung whose load is one of them.
import fc from 'fast-check';
import { defaultPrescription, exerciseLibrary } from '../../../src/domain/exercises';
import type { OwnedEquipment, PlanExercise } from '../../../src/domain/plan';
import { gridKindOf, ownedLoads } from '../../../src/domain/progression';
import type { Units } from '../../../src/domain/settings';

const weightIn = (units: Units) =>
  units === 'kg'
    ? fc.integer({ min: 1, max: 40 }).map((n) => n * 1)
    : fc.integer({ min: 1, max: 36 }).map((n) => n * 2.5);

/** Any weights a person may own, in `units` or either. */
export const ownedArb = (inUnits?: Units): fc.Arbitrary<OwnedEquipment> =>
  (inUnits === undefined ? fc.constantFrom<Units>('kg', 'lb') : fc.constant(inUnits)).chain(
    (units) =>
      fc.record(
        {
          units: fc.constant(units),
          dumbbells: fc.oneof(
            fc.uniqueArray(weightIn(units), { minLength: 1, maxLength: 12 }).map((weights) => ({
              kind: 'fixed' as const,
              weights: weights.sort((a, b) => a - b),
            })),
            fc
              .record({
                lightest: weightIn(units),
                increment: fc.constantFrom(...(units === 'kg' ? [1, 2, 2.5] : [2.5, 5])),
                span: fc.integer({ min: 0, max: 20 }),
              })
              .map(({ lightest, increment, span }) => ({
                kind: 'adjustable' as const,
                lightest,
                increment,
                heaviest: lightest + span * increment,
              })),
          ),
          kettlebells: fc
            .uniqueArray(weightIn(units), { minLength: 1, maxLength: 6 })
            .map((w) => w.sort((a, b) => a - b)),
          barbell: fc
            .record({ plates: fc.integer({ min: 0, max: 40 }) })
            .map(({ plates }) =>
              units === 'kg'
                ? { bar: 20, smallestPlate: 1.25, heaviest: 20 + plates * 2.5 }
                : { bar: 45, smallestPlate: 2.5, heaviest: 45 + plates * 5 },
            ),
          microload: fc.constantFrom(...(units === 'kg' ? [0.5, 1] : [1.25])),
        },
        { requiredKeys: ['units', 'dumbbells', 'kettlebells', 'barbell'] },
      ),
  );

const loaded = exerciseLibrary.filter((l) => l.load !== undefined && l.loadKind !== 'band');

/** A prescription on a loaded rung with its load on `owned`'s grid, reps anywhere in range. */
export const ownedPrescriptionArb = (owned: OwnedEquipment): fc.Arbitrary<PlanExercise> =>
  fc
    .record({
      level: fc.constantFrom(...loaded),
      sets: fc.integer({ min: 1, max: 4 }),
      reps: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 4, maxLength: 4 }),
      at: fc.nat(),
    })
    .map(({ level, sets, reps, at }) => {
      const start = defaultPrescription(level.id, owned.units)!;
      const kind = gridKindOf(start)!;
      const grid = ownedLoads(owned, kind);
      return {
        ...start,
        sets,
        targetReps: reps.slice(0, sets).map((r) => Math.min(r, level.repsMax)),
        loadKg: grid[at % grid.length] ?? start.loadKg,
      };
    });
