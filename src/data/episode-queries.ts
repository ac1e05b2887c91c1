import { useLiveQuery } from 'dexie-react-hooks';
import { activitySchema } from '../domain/activity';
import { episodeSchema } from '../domain/episode';
import { db } from './db';
import { parseRows } from './repository';

/**
 * Live list of episodes that are not deleted, newest first (by the startedAt index).
 * Undefined while the first read is in flight.
 */
export function useEpisodes() {
  return useLiveQuery(async () => {
    const rows = await db.episodes.orderBy('startedAt').reverse().toArray();
    return parseRows(
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
    return parseRows(
      activitySchema,
      rows.filter((row) => row.deletedAt === undefined),
    ).records;
  });
}
