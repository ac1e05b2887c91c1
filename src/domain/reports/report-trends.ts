import type { Checkin, DayOf, Episode } from '../episodes';
import { activityAverage, type Outcome } from '../guide';
import type { ReportPeriod } from './report-period';

/** One calendar month of the period: spasms, daily check-in pain and weekly ratings, averaged. */
export type ReportMonth = {
  /** 'YYYY-MM'. */
  month: string;
  spasms: number;
  meanSeverity: number | null;
  checkinDays: number;
  meanPain: number | null;
  ratedWeeks: number;
  meanRatedPain: number | null;
  /** Mean of the weeks' hard-activity ratings (0 can't do, 10 as before). */
  meanActivities: number | null;
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : round1(values.reduce((s, v) => s + v, 0) / values.length);

/** Every 'YYYY-MM' from the period's first month to its last. */
function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${String(year)}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

/**
 * The period month by month (records already limited to the period and live): a year of data
 * reads as 12 or 13 rows, not hundreds, so the report fits two pages.
 */
export function monthlyTrend(
  episodes: readonly Episode[],
  checkins: readonly Checkin[],
  outcomes: readonly Outcome[],
  period: ReportPeriod,
  dayOf: DayOf,
): ReportMonth[] {
  return monthsOf(period).map((month) => {
    const spasms = episodes.filter((e) => dayOf(e.startedAt).startsWith(month));
    const days = checkins.filter((c) => c.day.startsWith(month));
    const weeks = outcomes.filter((o) => o.weekOf.startsWith(month));
    return {
      month,
      spasms: spasms.length,
      meanSeverity: mean(spasms.map((e) => e.severity)),
      checkinDays: days.length,
      meanPain: mean(days.map((c) => c.backPain)),
      ratedWeeks: weeks.length,
      meanRatedPain: mean(weeks.map((o) => o.backPain)),
      meanActivities: mean(weeks.flatMap((o) => activityAverage(o) ?? [])),
    };
  });
}

/** The activities the period's spasms began with, most often first ("Not noted" included). */
export function onsetActivities(
  episodes: readonly Episode[],
  nameOf: (episode: Episode) => string,
): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of episodes) counts.set(nameOf(e), (counts.get(nameOf(e)) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
