import { useLiveQuery } from 'dexie-react-hooks';
import { activitySchema } from '../../domain/episodes';
import { episodeSchema, type Episode } from '../../domain/episodes';
import { db } from '../db';
import { storedRows } from '../stored-rows';

/**
 * Live list of every episode not deleted, newest first: the whole table. For Patterns, whose
 * analyses (triggers, timing, recurrence) legitimately use every year of the diary; IndexedDB
 * returns whole records, so it cannot read fewer fields. Screens that show a list use
 * useEpisodeLog (./episode-log), a page at a time. Undefined while the first read is in flight.
 *
 * Read by primary key and sorted here, not through the startedAt index: a live query over an
 * index notes every primary key it returned, one at a time, to know which writes concern it
 * (about 25 ms of the Patterns tap with ten years); over the primary key it notes one range.
 */
export function useEpisodes() {
  return useLiveQuery(async () => {
    const rows = await db.episodes.toArray();
    const read = storedRows(
      episodeSchema,
      rows.filter((row) => row.deletedAt === undefined),
    );
    read.records.sort(newestFirst);
    return read;
  });
}

/** By startedAt, newest first; the same instant by id, as the index's reverse order has it. */
const newestFirst = (a: Episode, b: Episode) =>
  a.startedAt === b.startedAt ? descending(a.id, b.id) : descending(a.startedAt, b.startedAt);

const descending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

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
