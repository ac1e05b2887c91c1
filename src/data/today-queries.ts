import { useLiveQuery } from 'dexie-react-hooks';
import type { Checkin } from '../domain/checkin';
import { episodeSchema, type Episode } from '../domain/episode';
import { addDays, weekStart } from '../domain/episode-history';
import type { Plan } from '../domain/plan';
import { screeningSchema, type Screening } from '../domain/screening';
import { pendingDoctorVisit } from '../domain/screening-history';
import type { Settings } from '../domain/settings';
import { readUnbackedEntries, type UnbackedEntries } from './backup-status';
import { countCheckinDays, readCheckinOn } from './checkin-queries';
import { db } from './db';
import { readCurrentPlan, readLastReview, readTrainedDays } from './plan-queries';
import { parseRows } from './repository';
import { readSettings } from './settings-queries';

// Today's reads. Those only Today needs live here rather than beside their table's other queries,
// so Today's chunk does not carry modules it never runs (the custom activities' schema, every
// repository): see scripts/check-size.mjs.

const liveRecords = (rows: unknown[]): Episode[] =>
  parseRows(episodeSchema, rows).records.filter((e) => e.deletedAt === undefined);
const isLiveRecord = (row: unknown) => liveRecords([row]).length === 1;

/** Spasms not deleted (unreadable ones included): two counts on indexes, no record read. */
export async function countLiveEpisodes(): Promise<number> {
  const [all, deleted] = await Promise.all([
    db.episodes.count(),
    db.episodes.where('deletedAt').above('').count(),
  ]);
  return all - deleted;
}

/**
 * What Today's counts need: the latest readable spasm not deleted, and every one that started in
 * the 31 days before `today` (a day's margin for time zones: the domain maps each start to its
 * local day). Reads the newest end of the startedAt index only.
 */
export async function readRecentEpisodes(today: string): Promise<Episode[]> {
  const [latestRow, window] = await Promise.all([
    db.episodes.orderBy('startedAt').reverse().filter(isLiveRecord).first(),
    db.episodes.where('startedAt').aboveOrEqual(addDays(today, -31)).toArray(),
  ]);
  const recent = liveRecords(window);
  const [latest] = liveRecords(latestRow ? [latestRow] : []);
  return latest && !recent.some((e) => e.id === latest.id) ? [latest, ...recent] : recent;
}

/**
 * Spasms still going (no end time), not deleted, newest first. They are the records missing from
 * the endedAt index: when its count equals the table's, there are none and nothing more is read;
 * otherwise only the two key lists are compared and the few records left are fetched.
 */
export async function readUnfinishedEpisodes(): Promise<Episode[]> {
  const ended = db.episodes.where('endedAt').above('');
  const [all, endedCount] = await Promise.all([db.episodes.count(), ended.count()]);
  if (all === endedCount) return [];
  const [ids, endedIds] = await Promise.all([
    db.episodes.toCollection().primaryKeys(),
    ended.primaryKeys(),
  ]);
  const endedSet = new Set(endedIds);
  const rows = await db.episodes.bulkGet(ids.filter((id) => !endedSet.has(id)));
  return liveRecords(rows.filter((row) => row !== undefined))
    .filter((e) => e.endedAt === undefined)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/**
 * pendingDoctorVisit without reading every check: the newest readable "see a doctor soon" check
 * not deleted, from the end of the takenAt index, unless the person has marked the visit.
 */
export async function readPendingDoctorVisit(): Promise<Screening | null> {
  const row = await db.screenings
    .orderBy('takenAt')
    .reverse()
    .filter((candidate) => {
      const parsed = screeningSchema.safeParse(candidate);
      return (
        parsed.success &&
        parsed.data.deletedAt === undefined &&
        parsed.data.outcome === 'see-doctor-soon'
      );
    })
    .first();
  return pendingDoctorVisit(parseRows(screeningSchema, row ? [row] : []).records);
}

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
  /** Days this week (from the person's week start) with at least one set done. */
  trainedDays: string[];
  pendingDoctorVisit: Screening | null;
  unbacked: UnbackedEntries;
};

/**
 * Today's data in one read-only transaction. Every read is an index lookup, an index range or a
 * count (schema version 3), so opening Today costs the same with ten years of data as with one
 * week: no table is read whole except plans, which holds one record.
 */
export async function readToday(today: string, now: string): Promise<TodayData> {
  return db.transaction('r', db.tables, async () => {
    const settings = await readSettings(now);
    const from = weekStart(today, settings.weekStartsOn);
    const [spasms, checkinDays, recentEpisodes, unfinished, checkin, plan, lastReview] =
      await Promise.all([
        countLiveEpisodes(),
        countCheckinDays(),
        readRecentEpisodes(today),
        readUnfinishedEpisodes(),
        readCheckinOn(today),
        readCurrentPlan(),
        readLastReview(),
      ]);
    const [trainedDays, pendingDoctorVisit, unbacked] = await Promise.all([
      readTrainedDays(from, addDays(from, 6)),
      readPendingDoctorVisit(),
      readUnbackedEntries(settings.lastBackupAt),
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
      trainedDays,
      pendingDoctorVisit,
      unbacked,
    };
  });
}

/** readToday, live: re-read whenever a record it depends on changes. Undefined while loading. */
export function useToday(today: string, now: () => string): TodayData | undefined {
  return useLiveQuery(() => readToday(today, now()), [today]);
}
