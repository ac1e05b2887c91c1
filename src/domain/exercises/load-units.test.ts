import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertDown, fromUnits, inUnits, loadGrid, plusInUnits } from './load-units';
import type { WeightedKind } from './load-units';
import { formatLoad } from '../progression';
import { lbToKg, units } from '../settings';

const kinds = Object.keys(loadGrid) as WeightedKind[];

describe('loads in pounds, stored as kg', () => {
  it('stores a pound weight as its exact kg and reads it back as exactly that weight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 440 }), (n) => {
        const lb = n * 2.5;
        expect(inUnits(fromUnits(lb, 'lb'), 'lb')).toBe(lb);
        expect(formatLoad(fromUnits(lb, 'lb'), 'lb')).toBe(`${String(lb)} lb`);
      }),
    );
    expect(fromUnits(15, 'lb')).toBe(lbToKg(15));
    expect(inUnits(6, 'kg')).toBe(6);
  });

  it('steps in pounds without drift, however many steps are taken', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(5, -5, 2.5, 10), { maxLength: 60 }), (steps) => {
        let kg = fromUnits(45, 'lb');
        let lb = 45;
        for (const step of steps) {
          kg = plusInUnits(kg, step, 'lb');
          lb += step;
        }
        expect(kg).toBe(fromUnits(lb, 'lb'));
      }),
    );
  });

  it('converts down to the nearest weight sold in the other units, never up', () => {
    expect(inUnits(convertDown(4, 'dumbbell', 'lb')!, 'lb')).toBe(7.5);
    expect(inUnits(convertDown(8, 'kettlebell', 'lb')!, 'lb')).toBe(15);
    expect(inUnits(convertDown(20, 'barbell', 'lb')!, 'lb')).toBe(40);
    expect(convertDown(lbToKg(10), 'dumbbell', 'kg')).toBe(4);
    expect(convertDown(lbToKg(45), 'barbell', 'kg')).toBe(20);
    // A 1 kg dumbbell has no pound weight at or below it on 2.5 lb steps.
    expect(convertDown(1, 'dumbbell', 'lb')).toBeUndefined();
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 300, noNaN: true }),
        fc.constantFrom(...kinds),
        fc.constantFrom(...units),
        (kg, kind, to) => {
          const down = convertDown(kg, kind, to);
          const grid = loadGrid[kind][to];
          if (down === undefined) {
            expect(inUnits(kg, to)).toBeLessThan(grid + 1e-6);
            return;
          }
          expect(down).toBeLessThanOrEqual(kg + 1e-9);
          expect(inUnits(kg, to) - inUnits(down, to)).toBeLessThan(grid + 1e-6);
          const steps = inUnits(down, to) / grid;
          expect(steps).toBe(Math.round(steps));
        },
      ),
    );
  });
});
