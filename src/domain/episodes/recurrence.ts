import type { Episode } from './episode';
import { daysBetween, type DayOf } from './episode-history';

/** The window for "spasms per 30 days now vs the 90 days before" (docs/domain.md §2). */
export const RECURRENCE_WINDOW_DAYS = 90;
/** Smallest change in 0-10 pain that matters to people (Childs 2005, Spine; Farrar 2001). */
export const SEVERITY_CHANGE_THAT_MATTERS = 2;
/** Design choice: fewest spasms in each window before comparing their severity. */
export const MIN_SPASMS_FOR_TREND = 3;

export type WindowCount = { count: number; per30Days: number; meanSeverity: number | null };
export type SeverityTrend = 'lower' | 'similar' | 'higher' | 'not-enough';

export type Recurrence = {
  spasms: number;
  daysSinceLast: number | null;
  /** Median gap between the distinct days spasms began on; null with fewer than 2 such days. */
  medianDaysBetween: number | null;
  last90: WindowCount;
  previous90: WindowCount;
  severityTrend: SeverityTrend;
};

function windowCount(severities: readonly number[]): WindowCount {
  const count = severities.length;
  const sum = severities.reduce((total, s) => total + s, 0);
  return {
    count,
    per30Days: (count * 30) / RECURRENCE_WINDOW_DAYS,
    meanSeverity: count === 0 ? null : sum / count,
  };
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * How often spasms come back (docs/domain.md §2): days since the last, the median gap between
 * spasm days, spasms per 30 days in the last 90 days (today and the 89 before) against the 90
 * before those, and whether severity went down or up by at least the 2 points that matter.
 * Soft-deleted spasms never count; spasms dated after `today` are left out of the windows.
 * Invariant: the result depends only on the set of episodes, not their order.
 */
export function recurrence(episodes: readonly Episode[], today: string, dayOf: DayOf): Recurrence {
  const live = episodes
    .filter((e) => e.deletedAt === undefined)
    .map((e) => ({ ago: daysBetween(dayOf(e.startedAt), today), severity: e.severity }));
  const past = live.filter((e) => e.ago >= 0);
  const days = [...new Set(past.map((e) => e.ago))].sort((a, b) => a - b);
  const gaps = days.slice(1).map((ago, i) => ago - (days[i] ?? ago));
  const inWindow = (from: number) =>
    past
      .filter((e) => e.ago >= from && e.ago < from + RECURRENCE_WINDOW_DAYS)
      .map((e) => e.severity);
  const last90 = windowCount(inWindow(0));
  const previous90 = windowCount(inWindow(RECURRENCE_WINDOW_DAYS));
  return {
    spasms: live.length,
    daysSinceLast: days[0] ?? null,
    medianDaysBetween: median(gaps),
    last90,
    previous90,
    severityTrend: trend(last90, previous90),
  };
}

function trend(now: WindowCount, before: WindowCount): SeverityTrend {
  if (now.count < MIN_SPASMS_FOR_TREND || before.count < MIN_SPASMS_FOR_TREND) return 'not-enough';
  const change = (now.meanSeverity ?? 0) - (before.meanSeverity ?? 0);
  if (change <= -SEVERITY_CHANGE_THAT_MATTERS) return 'lower';
  if (change >= SEVERITY_CHANGE_THAT_MATTERS) return 'higher';
  return 'similar';
}
