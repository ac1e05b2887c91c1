import { useLiveQuery } from 'dexie-react-hooks';
import { activitySchema } from '../../domain/episodes';
import { episodeSchema, type Episode } from '../../domain/episodes';
import { db } from '../db';
import { storedRows } from '../stored-rows';
import { readWholeTable } from '../whole-table';

/**
 * Live list of every episode not deleted, newest first: the whole table. For Patterns, whose
 * analyses (triggers, timing, recurrence) legitimately use every year of the diary; IndexedDB
 * returns whole records, so it cannot read fewer fields. Screens that show a list use
 * useEpisodeLog (./episode-log), a page at a time. Undefined while the first read is in flight.
 * The same instant is ordered by id, newest first, as the startedAt index's reverse order has it.
 */
export function useEpisodes() {
  return useLiveQuery(() =>
    readWholeTable(
      'episodes',
      episodeSchema,
      (a: Episode, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id),
    ),
  );
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
