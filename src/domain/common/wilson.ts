/** z for a two-sided 95 % interval (the 97.5th percentile of the standard normal). */
export const Z_95 = 1.959963984540054;

/** A count out of a total, with its point estimate and Wilson 95 % interval (all 0-1). */
export type Proportion = {
  count: number;
  of: number;
  point: number;
  lower: number;
  upper: number;
};

/**
 * `count` of `of` with the Wilson score interval (Wilson 1927; recommended for small counts by
 * Brown, Cai & DasGupta 2001, Stat Sci 16:101, and Newcombe 1998, Stat Med 17:857, "method 3").
 * Unlike the textbook p ± z·√(p(1−p)/n) it never leaves 0-1 and is not degenerate at 0 or n: with
 * 0 events in n the upper bound is z²/(n+z²), about 4/n, close to the one-sided "rule of three" (3/n).
 * Invariants: 0 <= lower <= point <= upper <= 1; with `of` = 0 nothing is known: point 0, interval 0-1.
 */
export function wilson(count: number, of: number, z = Z_95): Proportion {
  if (of <= 0) return { count, of, point: 0, lower: 0, upper: 1 };
  const p = count / of;
  const z2 = z * z;
  const centre = p + z2 / (2 * of);
  const spread = z * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of * of));
  const denominator = 1 + z2 / of;
  // At 0 and n the bounds are exactly 0 and 1; clamping hides floating-point dust like -1e-17.
  const lower = count <= 0 ? 0 : Math.max(0, (centre - spread) / denominator);
  const upper = count >= of ? 1 : Math.min(1, (centre + spread) / denominator);
  return { count, of, point: p, lower, upper };
}
