import type { Episode, Movement } from './episode';

/** Maps an instant to the person's local calendar day ('YYYY-MM-DD'); supplied by the caller. */
export type DayOf = (instant: string) => string;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); calendar arithmetic, no time zones. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day `days` after (or before, when negative) `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the week containing `day`; weeks start on Sunday (0) or Monday (1). */
export function weekStart(day: string, weekStartsOn: 0 | 1): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday - weekStartsOn + 7) % 7));
}

const live = (episodes: readonly Episode[]) => episodes.filter((e) => e.deletedAt === undefined);

/**
 * The two counts at the top of the log. Deleted episodes never count; episodes are taken in any
 * order. `daysSinceLast` is null when nothing has been logged; 0 means a spasm today.
 */
export function recentCounts(episodes: readonly Episode[], today: string, dayOf: DayOf) {
  const days = live(episodes).map((e) => dayOf(e.startedAt));
  const lastDay = days.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
  const inLast30Days = days.filter((d) => {
    const ago = daysBetween(d, today);
    return ago >= 0 && ago < 30;
  }).length;
  return { daysSinceLast: lastDay === null ? null : daysBetween(lastDay, today), inLast30Days };
}

export type EpisodeFilter = { activityId?: string | undefined; movement?: Movement | undefined };

export type EpisodeWeek = { weekOf: string; episodes: Episode[] };

/**
 * Live episodes matching `filter`, grouped by the week they started in: newest week first,
 * newest episode first within a week (ties broken by id so the order never depends on input order).
 */
export function groupByWeek(
  episodes: readonly Episode[],
  filter: EpisodeFilter,
  weekStartsOn: 0 | 1,
  dayOf: DayOf,
): EpisodeWeek[] {
  const matching = live(episodes)
    .filter((e) => !filter.activityId || e.activityId === filter.activityId)
    .filter((e) => !filter.movement || e.movement === filter.movement)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id));
  const weeks = new Map<string, Episode[]>();
  for (const episode of matching) {
    const key = weekStart(dayOf(episode.startedAt), weekStartsOn);
    weeks.set(key, [...(weeks.get(key) ?? []), episode]);
  }
  return [...weeks].map(([weekOf, list]) => ({ weekOf, episodes: list }));
}

/** Episodes still going (no end time), newest first: the ones to finish with "It eased at…". */
export function unfinishedEpisodes(episodes: readonly Episode[]): Episode[] {
  return live(episodes)
    .filter((e) => e.endedAt === undefined)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** Minutes from start to end, or null while the spasm is still going. */
export function durationMinutes(episode: Pick<Episode, 'startedAt' | 'endedAt'>): number | null {
  if (episode.endedAt === undefined) return null;
  return Math.round((Date.parse(episode.endedAt) - Date.parse(episode.startedAt)) / 60_000);
}

/** "45 min", "2 h 5 min", "3 days 2 h": short enough for a list row. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} day${days === 1 ? '' : 's'}${hours ? ` ${hours} h` : ''}`;
  return `${hours} h${mins ? ` ${mins} min` : ''}`;
}
