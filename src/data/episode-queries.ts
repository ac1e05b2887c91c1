import { useLiveQuery } from 'dexie-react-hooks';
import { activitySchema } from '../domain/episodes';
import { episodeSchema, type Episode } from '../domain/episodes';
import { addDays, weekStart } from '../domain/episodes';
import { dayOfInstant } from './clock';
import { db } from './db';
import type { ReadResult } from './repository';
import { storedRows } from './stored-rows';

/**
 * Live list of every episode not deleted, newest first, read through the startedAt index: the
 * whole table. For Patterns, whose analyses (triggers, timing, recurrence) legitimately use every
 * year of the diary; IndexedDB returns whole records, so it cannot read fewer fields. Screens that
 * show a list use useEpisodeLog, a window of weeks. Undefined while the first read is in flight.
 */
export function useEpisodes() {
  return useLiveQuery(async () => {
    const rows = await db.episodes.orderBy('startedAt').reverse().toArray();
    return storedRows(
      episodeSchema,
      rows.filter((row) => row.deletedAt === undefined),
    );
  });
}

/** One episode by id, live; null when it doesn't exist, undefined while loading. */
export function useEpisode(id: string | undefined) {
  return useLiveQuery(async () => {
    if (!id) return null;
    const parsed = episodeSchema.safeParse(await db.episodes.get(id));
    return parsed.success ? parsed.data : null;
  }, [id]);
}

/** The person's own activities (not deleted), by name. */
export function useCustomActivities() {
  return useLiveQuery(async () => {
    const rows = await db.activities.orderBy('name').toArray();
    return storedRows(
      activitySchema,
      rows.filter((row) => row.deletedAt === undefined),
    ).records;
  });
}

/** Weeks of history the Log shows at first; "Show earlier spasms" adds as many again. */
export const LOG_WEEKS = 12;

export type EpisodeLog = ReadResult<Episode> & {
  /** The first day shown ('YYYY-MM-DD', a week's first day). */
  from: string;
  /** Whether a spasm not deleted started before `from`. */
  hasEarlier: boolean;
};

const notDeleted = (row: { deletedAt?: string | undefined }) => row.deletedAt === undefined;

/**
 * The Log's window: spasms not deleted from the last `weeks` weeks (whole weeks starting on
 * `weekStartsOn`, up to `today`), newest first, and whether there are earlier ones. Always reaches
 * back to the week of the latest spasm, so the counts on top of the Log see it. Reads a range of
 * the startedAt index (with a day's margin: weeks are local days, startedAt is UTC), never the
 * whole table.
 */
export async function readEpisodeLog(
  today: string,
  weeks: number,
  weekStartsOn: 0 | 1,
): Promise<EpisodeLog> {
  let from = addDays(weekStart(today, weekStartsOn), -7 * (weeks - 1));
  const latest = await db.episodes.orderBy('startedAt').reverse().filter(notDeleted).first();
  if (latest && latest.startedAt < from) {
    from = weekStart(dayOfInstant(latest.startedAt), weekStartsOn);
  }
  const rows = await db.episodes
    .where('startedAt')
    .aboveOrEqual(addDays(from, -1))
    .reverse()
    .filter(notDeleted)
    .toArray();
  const inWindow = rows.filter((row) => dayOfInstant(row.startedAt) >= from);
  const earlier =
    inWindow.length < rows.length ||
    (await db.episodes.where('startedAt').below(addDays(from, -1)).filter(notDeleted).first()) !==
      undefined;
  return { ...storedRows(episodeSchema, inWindow), from, hasEarlier: earlier };
}

/** readEpisodeLog, live; undefined while loading or until `weekStartsOn` is known. */
export function useEpisodeLog(
  today: string,
  weeks: number,
  weekStartsOn: 0 | 1 | undefined,
): EpisodeLog | undefined {
  return useLiveQuery(
    async () =>
      weekStartsOn === undefined ? undefined : readEpisodeLog(today, weeks, weekStartsOn),
    [today, weeks, weekStartsOn],
  );
}
