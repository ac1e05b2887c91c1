import { benjaminiHochberg, holm } from './exact-test';

/**
 * The minimum data before any verdict (docs/domain.md §2): check-in days with it and without it,
 * and spasms linked to it (linked = max(spasm days with it, spasms that began with it)).
 */
export const MIN_DAYS = 10;
export const MIN_LINKED_SPASMS = 3;
/** "No sign" before 3 linked spasms, once 3 were expected at the other days' rate and fewer came. */
export const MIN_EXPECTED_FOR_NO_SIGN = 3;
/** Holm-adjusted onset test and the day test, for "likely"; BH q-value, for "possible". */
export const LIKELY_ALPHA = 0.05;
export const POSSIBLE_Q = 0.1;

export type Verdict = 'too-early' | 'no-sign' | 'possible' | 'likely';

/** Strongest first; used to rank findings. */
export const verdictOrder: readonly Verdict[] = ['likely', 'possible', 'no-sign', 'too-early'];

/**
 * The day-level counts behind a verdict (docs/domain.md §2), over check-in days only:
 * n1 days with it and n0 without, x and y spasm days among them, b days with it on which a spasm
 * began with it (the exact test counts days; two spasms begun with it on one day are one day).
 */
export type TriggerCounts = {
  daysWith: number;
  daysWithout: number;
  spasmDaysWith: number;
  spasmDaysWithout: number;
  onsetDays: number;
  /** Spasms linked to it: max(spasm days with it, spasms that began with it). */
  linked: number;
};

/** What is still missing before the verdict can be more than "too early to tell". */
export type Shortfall = { spasms: number; daysWithIt: number; daysWithout: number };

export function shortfall(c: TriggerCounts): Shortfall {
  return {
    spasms: Math.max(0, MIN_LINKED_SPASMS - c.linked),
    daysWithIt: Math.max(0, MIN_DAYS - c.daysWith),
    daysWithout: Math.max(0, MIN_DAYS - c.daysWithout),
  };
}

/** Enough days on both sides and enough linked spasms: the finding joins the tested family. */
export const passesGate = (c: TriggerCounts) =>
  c.daysWith >= MIN_DAYS && c.daysWithout >= MIN_DAYS && c.linked >= MIN_LINKED_SPASMS;

/** Before the gate: "no sign" once 3 spasms were expected at the other days' rate, else too early. */
export function gateVerdict(c: TriggerCounts): 'too-early' | 'no-sign' {
  if (c.daysWith < MIN_DAYS || c.daysWithout < MIN_DAYS) return 'too-early';
  const expected = (c.daysWith * c.spasmDaysWithout) / c.daysWithout;
  return expected >= MIN_EXPECTED_FOR_NO_SIGN ? 'no-sign' : 'too-early';
}

/** The tests of one finding in the family: its raw onset and day mid-p values. */
export type Tested = { counts: TriggerCounts; pOnset: number; pDay: number };
/** The multiplicity-adjusted onset p (Holm) and q (BH) of one finding, with the family size. */
export type Adjusted = { holm: number; q: number; family: number };

/** Holm and BH over the family (the findings past the gate), in input order. */
export function adjustFamily(tested: readonly Tested[]): Adjusted[] {
  const ps = tested.map((t) => t.pOnset);
  const h = holm(ps);
  const q = benjaminiHochberg(ps);
  return tested.map((_, i) => ({ holm: h[i] ?? 1, q: q[i] ?? 1, family: tested.length }));
}

/**
 * The verdict of a finding past the gate (docs/domain.md §2 rule):
 * likely when Holm(p_onset) < 0.05, b >= 3 and p_day < 0.05; else possible when q(p_onset) < 0.10,
 * b >= 2 and x/n1 > y/n0; else no sign. A "likely" or "possible" always has spasms begun with it.
 */
export function testedVerdict(t: Tested, adjusted: Adjusted): Verdict {
  const c = t.counts;
  if (adjusted.holm < LIKELY_ALPHA && c.onsetDays >= 3 && t.pDay < LIKELY_ALPHA) return 'likely';
  const higher = c.spasmDaysWith * c.daysWithout > c.spasmDaysWithout * c.daysWith;
  if (adjusted.q < POSSIBLE_Q && c.onsetDays >= 2 && higher) return 'possible';
  return 'no-sign';
}
