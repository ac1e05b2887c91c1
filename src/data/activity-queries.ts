import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { activityCatalogue } from '../domain/episodes';
import { rankActivities, type ActivityChoice } from '../domain/logging';
import { checkinSchema } from '../domain/episodes';
import { db } from './db';
import { useCustomActivities, useEpisodes } from './episode-queries';
import { storedRows } from './stored-rows';

/** Activity ids listed on check-ins that are not deleted, live (the multi-entry index holds them). */
function useCheckinActivityIds(): string[] | undefined {
  return useLiveQuery(async () =>
    storedRows(checkinSchema, await db.checkins.toArray())
      .records.filter((checkin) => checkin.deletedAt === undefined)
      .flatMap((checkin) => checkin.activityIds),
  );
}

/**
 * Every activity to offer (catalogue and the person's own), most used first across spasms and
 * check-ins; undefined while loading. The same order as the spasm form's list.
 */
export function useRankedActivities(): ActivityChoice[] | undefined {
  const episodes = useEpisodes();
  const custom = useCustomActivities();
  const checkinIds = useCheckinActivityIds();
  return useMemo(
    () =>
      episodes && custom && checkinIds
        ? rankActivities(episodes.records, checkinIds, custom, activityCatalogue)
        : undefined,
    [episodes, custom, checkinIds],
  );
}
