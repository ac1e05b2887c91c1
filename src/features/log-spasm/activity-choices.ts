import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { activityCatalogue } from '../../domain/activity';
import { rankActivities, type ActivityChoice } from '../../domain/episode-draft-activities';
import { useCustomActivities, useEpisodes } from '../../data/episode-queries';
import { checkinRepository } from '../../data/repositories';

/** Activity ids listed on check-ins that are not deleted, live. */
function useCheckinActivityIds(): string[] | undefined {
  return useLiveQuery(async () =>
    (await checkinRepository.all()).records
      .filter((checkin) => checkin.deletedAt === undefined)
      .flatMap((checkin) => checkin.activityIds),
  );
}

/** Every activity to offer, the person's most used first; undefined while loading. */
export function useActivityChoices(): ActivityChoice[] | undefined {
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
