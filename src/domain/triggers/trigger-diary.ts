import type { Checkin, DayOf, Episode, Movement } from '../episodes';

/** A live spasm reduced to what the analyses use, with its local day. */
export type DiaryEpisode = {
  id: string;
  day: string;
  startedAt: string;
  severity: number;
  activityId: string | undefined;
  movement: Movement;
};

/**
 * The diary as the trigger analysis reads it. Days are the person's check-in days: only on those is
 * it known what was done. A check-in day's exposures are the activities ticked plus the onset
 * activity of any spasm that began that day (doing it is implied even if the tick was forgotten).
 * Days without a check-in are left out of day comparisons: counting them would only add days with
 * spasms (where the activity is known) and bias every rate upwards.
 */
export type Diary = {
  episodes: DiaryEpisode[];
  exposures: Map<string, readonly string[]>;
  spasmDays: Set<string>;
};

/**
 * Builds the diary. Soft-deleted episodes and check-ins never count; two check-ins for one day
 * (not possible in storage, but possible in an import) are merged, so input order never matters.
 * Episodes are sorted by start time then id for the same reason.
 */
export function buildDiary(
  episodes: readonly Episode[],
  checkins: readonly Checkin[],
  dayOf: DayOf,
): Diary {
  const live: DiaryEpisode[] = episodes
    .filter((e) => e.deletedAt === undefined)
    .map((e) => ({
      id: e.id,
      day: dayOf(e.startedAt),
      startedAt: e.startedAt,
      severity: e.severity,
      activityId: e.activityId,
      movement: e.movement,
    }))
    .sort((a, b) => compare(a.startedAt, b.startedAt) || compare(a.id, b.id));

  // Arrays, not Sets, and shared with the check-in unless something is added: over 10 years of
  // data, allocating a Set per day was a large part of the analysis time.
  const exposures = new Map<string, readonly string[]>();
  const add = (day: string, ids: readonly string[]) => {
    const done = exposures.get(day);
    if (done === undefined) exposures.set(day, ids);
    else exposures.set(day, [...done, ...ids.filter((id) => !done.includes(id))]);
  };
  for (const checkin of checkins)
    if (checkin.deletedAt === undefined) add(checkin.day, checkin.activityIds);
  for (const episode of live) {
    const id = episode.activityId;
    if (id !== undefined && exposures.get(episode.day)?.includes(id) === false)
      add(episode.day, [id]);
  }
  return { episodes: live, exposures, spasmDays: new Set(live.map((e) => e.day)) };
}

/** Plain code-unit order, so results are the same on every device and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
