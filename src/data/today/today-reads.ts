import type { Checkin, Episode } from '../../domain/episodes';
import { addDays, weekStart } from '../../domain/episodes';
import type { Plan, PlanChange } from '../../domain/plan';
import type { Screening } from '../../domain/safety';
import type { Settings } from '../../domain/settings';
import { countCheckinDays, readCheckinOn } from '../episodes/checkin-reads';
import {
  countLiveEpisodes,
  readRecentEpisodes,
  readUnfinishedEpisodes,
} from '../episodes/episode-reads';
import {
  readCurrentPlan,
  readHadSessionOn,
  readLastReview,
  readTrainedDays,
} from '../plan/plan-reads';
import type { Reads } from '../reads';
import { readPendingDoctorVisit } from '../safety/screening-reads';
import { readSettings } from '../settings/settings-reads';
import { readUnbackedEntries, type UnbackedEntries } from '../backup/unbacked-reads';

// Today's read, put together from each concept's reads (./episode-reads, ./checkin-reads,
// ./plan-reads, ./screening-reads, ./unbacked-reads, ./settings-reads), each written once against
// Reads: Today's first read runs them on the browser's IndexedDB API, every live query (Today's
// and other screens') through Dexie. No Dexie import here: see scripts/check-size.mjs.

/** Everything the Today screen shows, read at once so its cards appear together. */
export type TodayData = {
  settings: Settings;
  /** Spasms not deleted; with `checkinDays`, what the path card counts. */
  spasms: number;
  checkinDays: number;
  /** The latest spasm and those of the last 31 days: enough for Today's two counts. */
  recentEpisodes: Episode[];
  /** Spasms still going, newest first. */
  unfinished: Episode[];
  checkin: Checkin | null;
  plan: Plan | null;
  /** Steady weeks in a row from the latest weekly review (0 before the first). */
  streak: number;
  /** The latest weekly review, for "review due" and "review ran" (docs/domain.md §5b rule 10). */
  lastReview: PlanChange | null;
  /** Days this week (from the person's week start) with at least one set done. */
  trainedDays: string[];
  /**
   * A session was recorded yesterday: the weekly review then asks the morning question first
   * (docs/domain.md §5b rule 10). Read here so the review card needs no read of its own.
   */
  sessionYesterday: boolean;
  pendingDoctorVisit: Screening | null;
  unbacked: UnbackedEntries;
};

/**
 * Today's data. Run it inside one read-only transaction over every table, so the cards agree: no
 * table is read whole except plans, which holds one record.
 */
export async function readToday(reads: Reads, today: string, now: string): Promise<TodayData> {
  const settings = await readSettings(reads, now);
  const from = weekStart(today, settings.weekStartsOn);
  const [spasms, checkinDays, recentEpisodes, unfinished, checkin, plan, lastReview] =
    await Promise.all([
      countLiveEpisodes(reads),
      countCheckinDays(reads),
      readRecentEpisodes(reads, today),
      readUnfinishedEpisodes(reads),
      readCheckinOn(reads, today),
      readCurrentPlan(reads),
      readLastReview(reads),
    ]);
  const [trainedDays, sessionYesterday, pendingVisit, unbacked] = await Promise.all([
    readTrainedDays(reads, from, addDays(from, 6)),
    readHadSessionOn(reads, addDays(today, -1)),
    readPendingDoctorVisit(reads),
    readUnbackedEntries(reads, settings.lastBackupAt),
  ]);
  return {
    settings,
    spasms,
    checkinDays,
    recentEpisodes,
    unfinished,
    checkin,
    plan: plan ?? null,
    streak: lastReview?.goodWeeksInARow ?? 0,
    lastReview: lastReview ?? null,
    trainedDays,
    sessionYesterday,
    pendingDoctorVisit: pendingVisit,
    unbacked,
  };
}
