import type { Episode } from './episode';
import { addDays, daysBetween, weekStart, type DayOf } from './episode-history';

/** Maps an instant to the person's local hour (0-23) or weekday (0 Sunday - 6 Saturday). */
export type HourOf = (instant: string) => number;
export type WeekdayOf = (instant: string) => number;

export const timeBands = ['night', 'morning', 'afternoon', 'evening'] as const;
export type TimeBand = (typeof timeBands)[number];
export const timeBandLabels: Record<TimeBand, string> = {
  night: 'Night (midnight to 6 am)',
  morning: 'Morning (6 am to noon)',
  afternoon: 'Afternoon (noon to 6 pm)',
  evening: 'Evening (6 pm to midnight)',
};

export type SpasmTiming = { byHour: number[]; byBand: number[]; byWeekday: number[] };

/**
 * When spasms begin: counts by local hour, by six-hour band and by weekday (Steffens 2015 found
 * onset most likely between 07:00 and noon). Local time comes from the caller, so this stays pure.
 * Soft-deleted spasms never count; order never matters.
 */
export function spasmTiming(
  episodes: readonly Episode[],
  hourOf: HourOf,
  weekdayOf: WeekdayOf,
): SpasmTiming {
  const byHour = Array.from({ length: 24 }, () => 0);
  const byWeekday = Array.from({ length: 7 }, () => 0);
  for (const e of episodes) {
    if (e.deletedAt !== undefined) continue;
    const hour = hourOf(e.startedAt);
    const weekday = weekdayOf(e.startedAt);
    byHour[hour] = (byHour[hour] ?? 0) + 1;
    byWeekday[weekday] = (byWeekday[weekday] ?? 0) + 1;
  }
  const byBand = timeBands.map((_, band) =>
    byHour.slice(band * 6, band * 6 + 6).reduce((sum, n) => sum + n, 0),
  );
  return { byHour, byBand, byWeekday };
}

export type SpasmWeek = { weekOf: string; count: number; maxSeverity: number | null };

/**
 * Spasms per week for the `weeks` weeks ending with the week of `today`, oldest first, with the
 * worst severity that week (null for a week without spasms). Soft-deleted spasms never count.
 */
export function weeklySpasms(
  episodes: readonly Episode[],
  today: string,
  weeks: number,
  weekStartsOn: 0 | 1,
  dayOf: DayOf,
): SpasmWeek[] {
  const first = addDays(weekStart(today, weekStartsOn), -7 * (weeks - 1));
  const series: SpasmWeek[] = Array.from({ length: weeks }, (_, i) => ({
    weekOf: addDays(first, 7 * i),
    count: 0,
    maxSeverity: null,
  }));
  for (const e of episodes) {
    if (e.deletedAt !== undefined) continue;
    const week = series[Math.floor(daysBetween(first, dayOf(e.startedAt)) / 7)];
    if (!week) continue;
    week.count += 1;
    week.maxSeverity = Math.max(week.maxSeverity ?? 0, e.severity);
  }
  return series;
}
