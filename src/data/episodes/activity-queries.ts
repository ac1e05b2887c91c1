import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { activityCatalogue, checkinSchema, episodeSchema } from '../../domain/episodes';
import { shiftDay } from '../../domain/common';
import { rankActivities, type ActivityChoice } from '../../domain/logging';
import { systemClock } from '../clock';
import { db } from '../db';
import { useCustomActivities } from './episode-queries';
import { storedRows } from '../stored-rows';

/**
 * How far back use counts for the order of the activity list: the last year is what the person
 * does now, and reading it through the date indexes keeps the spasm and check-in forms quick to
 * open with years of data (docs/performance.md, "Reads of ten years"). Older activities are still
 * offered, after the recent ones, in catalogue order.
 */
export const RANKING_DAYS = 365;

/** Spasms and check-in activity ids of the last `RANKING_DAYS`, not deleted, live. */
function useRecentUse() {
  return useLiveQuery(async () => {
    const { today } = systemClock();
    const from = shiftDay(today, -RANKING_DAYS);
    const [episodeRows, checkinRows] = await Promise.all([
      db.episodes.where('startedAt').aboveOrEqual(from).toArray(),
      db.checkins.where('day').aboveOrEqual(from).toArray(),
    ]);
    return {
      episodes: storedRows(
        episodeSchema,
        episodeRows.filter((row) => row.deletedAt === undefined),
      ).records,
      checkinActivityIds: storedRows(checkinSchema, checkinRows)
        .records.filter((checkin) => checkin.deletedAt === undefined)
        .flatMap((checkin) => checkin.activityIds),
    };
  });
}

/**
 * Every activity to offer (catalogue and the person's own), most used in the last year first
 * across spasms and check-ins; undefined while loading. The same order as the spasm form's list.
 */
export function useRankedActivities(): ActivityChoice[] | undefined {
  const recent = useRecentUse();
  const custom = useCustomActivities();
  return useMemo(
    () =>
      recent && custom
        ? rankActivities(recent.episodes, recent.checkinActivityIds, custom, activityCatalogue)
        : undefined,
    [recent, custom],
  );
}
