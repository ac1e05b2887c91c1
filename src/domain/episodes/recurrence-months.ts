import type { Episode } from './episode';
import type { DayOf } from './episode-history';

/** Spasms that began in one calendar month ('YYYY-MM', the person's local days). */
export type SpasmMonth = { month: string; count: number };

const pad = (n: number) => String(n).padStart(2, '0');
/** A 'YYYY-MM' month as a number of months since year 0, so months step by 1. */
const monthNumber = (month: string) =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (n: number) => `${String(Math.floor(n / 12))}-${pad((n % 12) + 1)}`;

/**
 * Spasms per calendar month over the whole diary (docs/domain.md §2, small counts and
 * recurrence): every month from the first spasm's month to today's, oldest first, each once, a
 * month with no spasm as 0 (so a spell without spasms shows as one, up to this month). Deleted
 * spasms and any dated after `today` are left out; an empty diary gives no months.
 * Invariant: the counts add up to the spasms counted, whatever the order of `episodes`.
 */
export function spasmsByMonth(
  episodes: readonly Episode[],
  today: string,
  dayOf: DayOf,
): SpasmMonth[] {
  const counts = new Map<number, number>();
  for (const episode of episodes) {
    if (episode.deletedAt !== undefined) continue;
    const day = dayOf(episode.startedAt);
    if (day > today) continue;
    const n = monthNumber(day);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = monthNumber(today);
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    month: monthOf(first + i),
    count: counts.get(first + i) ?? 0,
  }));
}
