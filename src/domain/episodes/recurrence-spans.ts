import type { Episode } from './episode';
import { daysBetween, type DayOf } from './episode-history';
import { median } from './recurrence';

/** Average days in a month, to turn a count over days into spasms per month. */
const DAYS_PER_MONTH = 365.25 / 12;
const YEAR_DAYS = 365;
/** Design choice (docs/domain.md §2, the trend sentence): the test's two-sided level. */
export const TREND_SIGNIFICANCE = 0.05;

export type SpanFigures = {
  /** Days the span covers (today included); for all time, from the first spasm's day. */
  days: number;
  spasms: number;
  perMonth: number;
  /** Median gap between the distinct days spasms began on within the span; null under 2 days. */
  medianDaysBetween: number | null;
};

export type RecurrenceSpans = { last90: SpanFigures; lastYear: SpanFigures; allTime: SpanFigures };

/** Days ago each live spasm began (0 = today), future ones left out. */
function agesOf(episodes: readonly Episode[], today: string, dayOf: DayOf): number[] {
  return episodes
    .filter((e) => e.deletedAt === undefined)
    .map((e) => daysBetween(dayOf(e.startedAt), today))
    .filter((ago) => ago >= 0);
}

function figures(ages: readonly number[], days: number): SpanFigures {
  const inSpan = ages.filter((ago) => ago < days);
  const distinct = [...new Set(inSpan)].sort((a, b) => a - b);
  const gaps = distinct.slice(1).map((ago, i) => ago - (distinct[i] ?? ago));
  return {
    days,
    spasms: inSpan.length,
    perMonth: days === 0 ? 0 : (inSpan.length * DAYS_PER_MONTH) / days,
    medianDaysBetween: median(gaps),
  };
}

/**
 * How often spasms come back over the last 90 days, the last year and all time, side by side:
 * over ten years a median gap or a rate for the whole diary hides what is happening now.
 * Invariant: depends only on the set of episodes, not their order.
 */
export function recurrenceSpans(
  episodes: readonly Episode[],
  today: string,
  dayOf: DayOf,
): RecurrenceSpans {
  const ages = agesOf(episodes, today, dayOf);
  const oldest = ages.reduce((max, ago) => Math.max(max, ago), -1);
  return {
    last90: figures(ages, 90),
    lastYear: figures(ages, YEAR_DAYS),
    allTime: figures(ages, oldest + 1),
  };
}

export type YearTrend = {
  kind: 'fewer' | 'more' | 'about-the-same' | 'not-enough';
  /** Spasms in the last 365 days, and in the 365 before those. */
  lastYear: number;
  yearBefore: number;
  sentence: string;
};

/** log(k!) for k = 0..n. */
function logFactorials(n: number): number[] {
  const out = [0];
  for (let k = 1; k <= n; k += 1) out.push((out[k - 1] ?? 0) + Math.log(k));
  return out;
}

/**
 * Two-sided exact test that two Poisson counts over equal times share one rate: given their sum
 * n, the first is Binomial(n, 1/2) under that rate; the p-value sums every outcome no more likely
 * than the one seen.
 */
export function equalRateP(a: number, b: number): number {
  const n = a + b;
  if (n === 0) return 1;
  const lf = logFactorials(n);
  const logHalfN = n * Math.log(0.5);
  const pmf = (k: number) => Math.exp((lf[n] ?? 0) - (lf[k] ?? 0) - (lf[n - k] ?? 0) + logHalfN);
  const seen = pmf(a) * (1 + 1e-9);
  let p = 0;
  for (let k = 0; k <= n; k += 1) {
    const q = pmf(k);
    if (q <= seen) p += q;
  }
  return Math.min(1, p);
}

/**
 * Whether spasms came less or more often in the last 12 months than in the 12 before, in a
 * plain sentence with the counts (docs/domain.md §2, the trend sentence). "Fewer" or
 * "more" only when the exact test above tells the two counts apart at the 5 % level; otherwise
 * "about the same". Needs a spasm logged more than a year before the last 12 months began (two
 * whole years of diary), since a shorter diary can't show the year before.
 */
export function yearTrend(episodes: readonly Episode[], today: string, dayOf: DayOf): YearTrend {
  const ages = agesOf(episodes, today, dayOf);
  const lastYear = ages.filter((ago) => ago < YEAR_DAYS).length;
  const yearBefore = ages.filter((ago) => ago >= YEAR_DAYS && ago < 2 * YEAR_DAYS).length;
  const covered = ages.some((ago) => ago >= YEAR_DAYS);
  const counts = `the last 12 months (${String(lastYear)}) than in the 12 months before (${String(yearBefore)})`;
  if (!covered) {
    return {
      kind: 'not-enough',
      lastYear,
      yearBefore,
      sentence:
        'Not enough history yet to say whether spasms are coming less or more often: that needs spasms logged over more than a year.',
    };
  }
  if (lastYear !== yearBefore && equalRateP(lastYear, yearBefore) < TREND_SIGNIFICANCE) {
    const fewer = lastYear < yearBefore;
    return {
      kind: fewer ? 'fewer' : 'more',
      lastYear,
      yearBefore,
      sentence: `${fewer ? 'Fewer' : 'More'} spasms in ${counts}.`,
    };
  }
  return {
    kind: 'about-the-same',
    lastYear,
    yearBefore,
    sentence: `About the same number of spasms in the last 12 months (${String(lastYear)}) as in the 12 months before (${String(yearBefore)}): a difference this size can come by chance.`,
  };
}
