/**
 * Exact conditional tests for one person's diary (docs/domain.md §2): the one-sided mid-p Fisher
 * test (Lancaster 1961) and the multiplicity corrections of Holm (1979) and Benjamini-Hochberg (1995).
 * Everything is computed in log space, so ten years of days neither overflow nor lose precision.
 */

/** ln(n!) for n = 0..size-1, built once per analysis (sums of logs: exact enough, and no lgamma). */
export function logFactorials(size: number): Float64Array {
  const table = new Float64Array(Math.max(1, size));
  for (let n = 2; n < table.length; n++) table[n] = (table[n - 1] ?? 0) + Math.log(n);
  return table;
}

/** The 2x2 table of a day-level comparison: `hits` of `days` with it, `otherHits` of `otherDays` without. */
export type TwoByTwo = { hits: number; days: number; otherHits: number; otherDays: number };

/**
 * One-sided mid-p of the exact conditional test that days with it have more hits than days
 * without: X ~ hypergeometric(N = days + otherDays, K = hits + otherHits, n = days);
 * p = P(X > hits) + P(X = hits) / 2. `logFact` must reach N. Invariant: 0 <= p <= 1; a table
 * with nothing to compare (no days on one side, or no hits at all) gives p = 1.
 */
export function midP(table: TwoByTwo, logFact: Float64Array = logFactorials(0)): number {
  const { hits, days, otherHits, otherDays } = table;
  const total = days + otherDays;
  const k = hits + otherHits;
  if (days === 0 || otherDays === 0 || k === 0 || k === total) return 1;
  const lf = logFact.length > total ? logFact : logFactorials(total + 1);
  const at = (n: number) => lf[n] ?? 0;
  const logChoose = (n: number, r: number) => at(n) - at(r) - at(n - r);
  const logDenominator = logChoose(total, days);
  const low = Math.max(0, days - (total - k));
  const high = Math.min(days, k);
  if (hits < low) return 1;
  if (hits > high) return 0;
  const atHits = Math.exp(logChoose(k, hits) + logChoose(total - k, days - hits) - logDenominator);
  // Ratios of neighbouring probabilities: P(x + 1) / P(x) = up(x), so each term costs a few
  // multiplications, and the sum stops once the terms no longer change it (they only shrink away
  // from the mode): ten years of days cost tens of terms, not thousands.
  const up = (x: number) => ((k - x) * (days - x)) / ((x + 1) * (total - k - days + x + 1));
  const mode = Math.floor(((days + 1) * (k + 1)) / (total + 2));
  let tail = 0;
  if (hits >= mode) {
    // Upper tail from above `hits`: small p-values keep their precision.
    for (let x = hits, term = atHits; x < high; x++) {
      term *= up(x);
      tail += term;
      if (term <= tail * 1e-17) break;
    }
    return Math.min(1, Math.max(0, tail + atHits / 2));
  }
  // At or below the mode p is at least about 1/2: one minus the lower tail is precise enough.
  for (let x = hits, term = atHits; x > low; x--) {
    term /= up(x - 1);
    tail += term;
    if (term <= tail * 1e-17) break;
  }
  return Math.min(1, Math.max(0, 1 - tail - atHits / 2));
}

/**
 * Holm step-down adjusted p-values (Holm 1979), in input order: the i-th smallest of m is
 * multiplied by (m - i), made non-decreasing along the sorted order, capped at 1.
 */
export function holm(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/**
 * Benjamini-Hochberg q-values (1995), in input order: the i-th smallest of m times m / i, made
 * non-increasing from the largest down, capped at 1.
 */
export function benjaminiHochberg(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const q = new Array<number>(m).fill(1);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const entry = order[rank];
    if (entry === undefined) continue;
    running = Math.min(running, (entry.p * m) / (rank + 1));
    q[entry.i] = Math.min(1, running);
  }
  return q;
}

/** A rate ratio with its 95 % interval, for a clinician (never shown to the person). */
export type RateRatio = { ratio: number; lower: number; upper: number };

/**
 * The ratio of hit rates, days with it over days without, with the Katz log interval; a zero cell
 * takes Haldane's +0.5 on every cell so the ratio and interval stay finite. Null without days.
 */
export function rateRatio(table: TwoByTwo, z = 1.959963984540054): RateRatio | null {
  const { hits, days, otherHits, otherDays } = table;
  if (days === 0 || otherDays === 0) return null;
  const fix = hits === 0 || otherHits === 0 ? 0.5 : 0;
  const a = hits + fix;
  const n1 = days + 2 * fix;
  const c = otherHits + fix;
  const n0 = otherDays + 2 * fix;
  const ratio = a / n1 / (c / n0);
  const se = Math.sqrt(Math.max(0, 1 / a - 1 / n1 + 1 / c - 1 / n0));
  return { ratio, lower: ratio * Math.exp(-z * se), upper: ratio * Math.exp(z * se) };
}
