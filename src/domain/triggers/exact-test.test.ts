import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, holm, logFactorials, midP, rateRatio } from './exact-test';

describe('midP (one-sided mid-p Fisher, hypergeometric)', () => {
  it('matches 2x2 tables computed by hand', () => {
    // 3 of 5 vs 0 of 5: P(X = 3) = C(3,3)C(7,2)/C(10,5) = 21/252; nothing above: p = 21/504.
    expect(midP({ hits: 3, days: 5, otherHits: 0, otherDays: 5 })).toBeCloseTo(21 / 504, 12);
    // Fisher's tea: 4 of 4 vs 0 of 4: P(X = 4) = 1/70, p = 1/140; 3 of 4: 1/70 + (16/70)/2 = 9/70.
    expect(midP({ hits: 4, days: 4, otherHits: 0, otherDays: 4 })).toBeCloseTo(1 / 140, 12);
    expect(midP({ hits: 3, days: 4, otherHits: 1, otherDays: 4 })).toBeCloseTo(9 / 70, 12);
    // 2 of 4 vs 1 of 6: P(X = 3) = 7/210, P(X = 2) = 63/210: p = (7 + 31.5)/210.
    expect(midP({ hits: 2, days: 4, otherHits: 1, otherDays: 6 })).toBeCloseTo(38.5 / 210, 12);
  });

  it('gives 1 when there is nothing to compare, and stays finite for ten years of days', () => {
    expect(midP({ hits: 0, days: 0, otherHits: 3, otherDays: 10 })).toBe(1);
    expect(midP({ hits: 0, days: 10, otherHits: 0, otherDays: 10 })).toBe(1);
    const p = midP({ hits: 300, days: 700, otherHits: 100, otherDays: 2950 }, logFactorials(3651));
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(1e-100);
    expect(midP({ hits: 50, days: 700, otherHits: 400, otherDays: 2950 })).toBeGreaterThan(0.99);
  });

  it('is a probability whose two one-sided tails add up to 1', () => {
    const tables = fc
      .record({ days: fc.integer({ min: 1, max: 60 }), otherDays: fc.integer({ min: 1, max: 60 }) })
      .chain(({ days, otherDays }) =>
        fc.record({
          days: fc.constant(days),
          otherDays: fc.constant(otherDays),
          hits: fc.integer({ min: 0, max: days }),
          otherHits: fc.integer({ min: 0, max: otherDays }),
        }),
      );
    fc.assert(
      fc.property(tables, (t) => {
        const p = midP(t);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        const k = t.hits + t.otherHits;
        if (k === 0 || k === t.days + t.otherDays) return;
        const flipped = midP({
          hits: t.days - t.hits,
          days: t.days,
          otherHits: t.otherDays - t.otherHits,
          otherDays: t.otherDays,
        });
        expect(p + flipped).toBeCloseTo(1, 9);
      }),
    );
  });

  it('never falls when one more day with it has a hit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (days, otherHits) => {
          const base = { days, otherHits, otherDays: 30 };
          // Every day a hit leaves nothing to compare (p = 1 by convention): stop before it.
          for (let hits = 0; hits < days && hits + 1 + otherHits < days + 30; hits++)
            expect(midP({ ...base, hits: hits + 1 })).toBeLessThanOrEqual(
              midP({ ...base, hits }) + 1e-12,
            );
        },
      ),
    );
  });
});

describe('Holm and Benjamini-Hochberg', () => {
  const ps = [0.01, 0.04, 0.03, 0.005];
  it('Holm multiplies the i-th smallest by (m - i + 1) and keeps the order', () => {
    const adjusted = holm(ps);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => {
      expect(adjusted[i]).toBeCloseTo(v, 12);
    });
    expect(holm([0.5, 0.9])).toEqual([1, 1]);
    expect(holm([])).toEqual([]);
  });

  it('BH takes m/i times the i-th smallest, the running minimum from the top', () => {
    const q = benjaminiHochberg(ps);
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => {
      expect(q[i]).toBeCloseTo(v, 12);
    });
    expect(benjaminiHochberg([0.9])).toEqual([0.9]);
  });

  it('BH is never above Holm, and both keep the order of the raw p-values', () => {
    const lists = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(lists, (list) => {
        const h = holm(list);
        const q = benjaminiHochberg(list);
        list.forEach((p, i) => {
          expect(q[i]!).toBeLessThanOrEqual(h[i]! + 1e-12);
          expect(q[i]!).toBeGreaterThanOrEqual(p - 1e-12);
          list.forEach((other, j) => {
            if (p < other) {
              expect(h[i]!).toBeLessThanOrEqual(h[j]! + 1e-12);
              expect(q[i]!).toBeLessThanOrEqual(q[j]! + 1e-12);
            }
          });
        });
      }),
    );
  });
});

describe('rateRatio', () => {
  it('is the ratio of rates with the Katz interval, Haldane-corrected at a zero', () => {
    const rr = rateRatio({ hits: 16, days: 36, otherHits: 7, otherDays: 144 });
    expect(rr?.ratio).toBeCloseTo(16 / 36 / (7 / 144), 12);
    const se = Math.sqrt(1 / 16 - 1 / 36 + 1 / 7 - 1 / 144);
    expect(rr?.lower).toBeCloseTo(rr!.ratio * Math.exp(-1.959963984540054 * se), 12);
    expect(rateRatio({ hits: 3, days: 5, otherHits: 0, otherDays: 5 })?.ratio).toBeCloseTo(7, 12);
    expect(rateRatio({ hits: 3, days: 0, otherHits: 0, otherDays: 5 })).toBeNull();
  });
});
