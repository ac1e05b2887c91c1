// Exercises are stored by id only (docs/architecture.md §3, stored shapes): a plan or set read back
// never carries, nor depends on, the rung number older versions copied into it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planArb } from '../../../tests/support/domain/plan-arbitraries';
import { buildExerciseSet } from '../../../tests/support/domain/test-builders';
import { planSchema } from './plan';
import { exerciseSetSchema } from './session';

const readBack = (schema: { parse: (value: unknown) => unknown }, record: unknown) =>
  schema.parse(JSON.parse(JSON.stringify(record)));
const anyLevel = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double(), fc.string());

describe('stored exercise ids', () => {
  it('reads a plan back the same whatever level number its exercises once stored', () => {
    fc.assert(
      fc.property(planArb, anyLevel, (plan, level) => {
        const written = readBack(planSchema, plan);
        const withLevels = {
          ...plan,
          exercises: plan.exercises.map((e) => ({ ...e, level })),
          beforeBreak: plan.exercises.map((e) => ({ ...e, level })),
        };
        const old = readBack(planSchema, withLevels) as typeof plan;
        expect(written).toEqual(plan);
        expect({ ...old, beforeBreak: undefined }).toEqual({ ...plan, beforeBreak: undefined });
        expect(old.beforeBreak).toEqual(plan.exercises);
        expect(JSON.stringify(old)).not.toContain('"level"');
      }),
      { numRuns: 100 },
    );
  });

  it('reads a set back the same whatever level number it once stored', () => {
    fc.assert(
      fc.property(anyLevel, fc.integer({ min: 0, max: 30 }), (level, reps) => {
        const set = buildExerciseSet({ reps });
        expect(readBack(exerciseSetSchema, set)).toEqual(set);
        expect(readBack(exerciseSetSchema, { ...set, level })).toEqual(set);
      }),
    );
  });
});
