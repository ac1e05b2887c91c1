import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilson } from './wilson';

const rounded = (count: number, of: number) => {
  const { lower, upper } = wilson(count, of);
  return [Number(lower.toFixed(4)), Number(upper.toFixed(4))];
};

describe('wilson', () => {
  // Newcombe 1998 (Stat Med 17:857), Table II, method 3 (Wilson score without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('matches Newcombe 1998 for %i of %i', (count, of, lower, upper) => {
    expect(rounded(count, of)).toEqual([lower, upper]);
  });

  // Small counts of 10, as tabulated for the Wilson interval (Brown, Cai & DasGupta 2001 compare
  // it against the Wald interval at n = 10 and smaller).
  it.each([
    [0, 10, 0, 0.2775],
    [1, 10, 0.0179, 0.4042],
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
  ])('gives the known interval for %i of %i', (count, of, lower, upper) => {
    expect(rounded(count, of)).toEqual([lower, upper]);
  });

  it('with no events in n puts the upper bound near the rule of three (between 3/n and 4/n)', () => {
    for (const n of [30, 50, 100, 300, 1000]) {
      const { upper } = wilson(0, n);
      expect(upper).toBeGreaterThan(3 / n);
      expect(upper).toBeLessThan(4 / n);
    }
  });

  it('says nothing is known when there is nothing to count', () => {
    expect(wilson(0, 0)).toEqual({ count: 0, of: 0, point: 0, lower: 0, upper: 1 });
  });

  it('always brackets the point estimate inside 0-1', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5000 })
          .chain((of) => fc.tuple(fc.integer({ min: 0, max: of }), fc.constant(of))),
        ([count, of]) => {
          const p = wilson(count, of);
          expect(p.lower).toBeGreaterThanOrEqual(0);
          expect(p.lower).toBeLessThanOrEqual(p.point);
          expect(p.upper).toBeGreaterThanOrEqual(p.point);
          expect(p.upper).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
