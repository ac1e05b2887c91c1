import { checkinSchema, type Checkin } from '../domain/episodes';
import { episodeSchema, type Episode } from '../domain/episodes';
import { addDays, weekStart } from '../domain/episodes';
import { planSchema, type Plan } from '../domain/plan';
import { planChangeSchema, type PlanChange } from '../domain/plan';
import { screeningSchema, type Screening } from '../domain/safety';
import { pendingDoctorVisit } from '../domain/safety';
import { exerciseSetSchema, sessionSchema, type ExerciseSet, type Session } from '../domain/plan';
import { defaultSettings, SETTINGS_ID, settingsSchema, type Settings } from '../domain/settings';
import { above, atLeast, between, only, startingWith, type Reads } from './reads';
import { parseRows } from './repository';
import { entryTableNames } from './schema';

// The reads behind Today, each written once against Reads: Today's first read runs them on the
// browser's IndexedDB API, every live query (Today's and other screens') through Dexie. Every
// one is an index lookup, an index range or a count (schema version 3), so each costs the same
// with ten years of data as with one week. No Dexie import here: see scripts/check-size.mjs.

/** The stored settings, or the defaults when none are saved yet. */
export async function readSettings(reads: Reads, now: string): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await reads.get('settings', SETTINGS_ID));
  // Until the person changes something, defaults apply without writing anything.
  return parsed.success ? parsed.data : defaultSettings(now);
}

const liveEpisodes = (rows: unknown[]): Episode[] =>
  parseRows(episodeSchema, rows).records.filter((e) => e.deletedAt === undefined);
const isLiveEpisode = (row: unknown) => liveEpisodes([row]).length === 1;

/** Spasms not deleted (unreadable ones included): two counts on indexes, no record read. */
export async function countLiveEpisodes(reads: Reads): Promise<number> {
  const [all, deleted] = await Promise.all([
    reads.count('episodes'),
    reads.count('episodes', 'deletedAt', above('')),
  ]);
  return all - deleted;
}

/**
 * What Today's counts need: the latest readable spasm not deleted, and every one that started in
 * the 31 days before `today` (a day's margin for time zones: the domain maps each start to its
 * local day). Reads the newest end of the startedAt index only.
 */
export async function readRecentEpisodes(reads: Reads, today: string): Promise<Episode[]> {
  const [latestRow, window] = await Promise.all([
    reads.find('episodes', 'startedAt', 'prev', isLiveEpisode),
    reads.all('episodes', 'startedAt', atLeast(addDays(today, -31))),
  ]);
  const recent = liveEpisodes(window);
  const [latest] = liveEpisodes(latestRow ? [latestRow] : []);
  return latest && !recent.some((e) => e.id === latest.id) ? [latest, ...recent] : recent;
}

/**
 * Spasms still going (no end time), not deleted, newest first. They are the records missing from
 * the endedAt index: when its count equals the table's, there are none and nothing more is read;
 * otherwise only the two key lists are compared and the few records left are fetched.
 */
export async function readUnfinishedEpisodes(reads: Reads): Promise<Episode[]> {
  const ended = above('');
  const [all, endedCount] = await Promise.all([
    reads.count('episodes'),
    reads.count('episodes', 'endedAt', ended),
  ]);
  if (all === endedCount) return [];
  const [ids, endedIds] = await Promise.all([
    reads.primaryKeys('episodes'),
    reads.primaryKeys('episodes', 'endedAt', ended),
  ]);
  const endedSet = new Set(endedIds);
  const rows = await reads.getMany(
    'episodes',
    ids.filter((id) => !endedSet.has(id)),
  );
  return liveEpisodes(rows.filter((row) => row !== undefined))
    .filter((e) => e.endedAt === undefined)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** The check-in of `day` ('YYYY-MM-DD'); null when there is none (or it is deleted or unreadable). */
export async function readCheckinOn(reads: Reads, day: string): Promise<Checkin | null> {
  const parsed = checkinSchema.safeParse(
    await reads.find('checkins', 'day', 'next', () => true, only(day)),
  );
  return parsed.success && parsed.data.deletedAt === undefined ? parsed.data : null;
}

/** Days checked in (check-ins not deleted, one per day): two counts on indexes, no record read. */
export async function countCheckinDays(reads: Reads): Promise<number> {
  const [all, deleted] = await Promise.all([
    reads.count('checkins'),
    reads.count('checkins', 'deletedAt', above('')),
  ]);
  return all - deleted;
}

/**
 * The person's plan: the newest one not deleted (there is normally exactly one; a second can only
 * come from merging a backup, and then the newest wins). Undefined when there is none.
 */
export async function readCurrentPlan(reads: Reads): Promise<Plan | undefined> {
  const { records } = parseRows(planSchema, await reads.all('plans'));
  return records
    .filter((plan) => plan.deletedAt === undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

const liveChanges = (rows: unknown[]) =>
  parseRows(planChangeSchema, rows).records.filter((change) => change.deletedAt === undefined);

/**
 * The latest weekly review not deleted (flare toggles are not reviews), newest day then newest
 * created, read from the end of the [kind+day] index: only that day's reviews are parsed.
 * Undefined before the first review.
 */
export async function readLastReview(reads: Reads): Promise<PlanChange | undefined> {
  const newest = await reads.find(
    'planChanges',
    '[kind+day]',
    'prev',
    (row) => liveChanges([row]).length === 1,
    startingWith('weekly-review'),
  );
  const [review] = liveChanges(newest === undefined ? [] : [newest]);
  if (review === undefined) return undefined;
  const sameDay = await reads.all('planChanges', '[kind+day]', only(['weekly-review', review.day]));
  return liveChanges(sameDay).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** Live sessions (not deleted) from `from` to `to`, both 'YYYY-MM-DD', with their live sets. */
export async function readSessions(
  reads: Reads,
  from: string,
  to: string,
): Promise<{ sessions: Session[]; sets: ExerciseSet[] }> {
  const rows = await reads.all('sessions', 'day', between(from, to));
  const sessions = parseRows(sessionSchema, rows).records.filter((s) => s.deletedAt === undefined);
  const setRows = await reads.allOf(
    'exerciseSets',
    'sessionId',
    sessions.map((s) => s.id),
  );
  const sets = parseRows(exerciseSetSchema, setRows).records.filter(
    (set) => set.deletedAt === undefined,
  );
  return { sessions, sets };
}

/** Days from `from` to `to` with at least one set done (as the weekly review counts them). */
export async function readTrainedDays(reads: Reads, from: string, to: string): Promise<string[]> {
  const { sessions, sets } = await readSessions(reads, from, to);
  // A set of 0 reps is no session (docs/domain.md §5b rule 10).
  const withSets = new Set(sets.filter((set) => set.reps > 0).map((set) => set.sessionId));
  return [...new Set(sessions.filter((s) => withSets.has(s.id)).map((s) => s.day))].sort();
}

/**
 * pendingDoctorVisit without reading every check: the newest readable "see a doctor soon" check
 * not deleted, from the end of the takenAt index, unless the person has marked the visit.
 */
export async function readPendingDoctorVisit(reads: Reads): Promise<Screening | null> {
  const row = await reads.find('screenings', 'takenAt', 'prev', (candidate) => {
    const parsed = screeningSchema.safeParse(candidate);
    return (
      parsed.success &&
      parsed.data.deletedAt === undefined &&
      parsed.data.outcome === 'see-doctor-soon'
    );
  });
  return pendingDoctorVisit(parseRows(screeningSchema, row ? [row] : []).records);
}

export type UnbackedEntries = { count: number; oldest: string | undefined };

/**
 * Records changed since `since` (all when undefined) across every entry table, and the oldest
 * change: counted on each table's updatedAt index (schema version 3), so no record is read.
 */
export async function readUnbackedEntries(
  reads: Reads,
  since: string | undefined,
): Promise<UnbackedEntries> {
  const changed = since === undefined ? undefined : above(since);
  const perTable = await Promise.all(
    entryTableNames.map(async (table) => ({
      // Without a backup every record counts, even one missing updatedAt (not in the index).
      count: await (changed ? reads.count(table, 'updatedAt', changed) : reads.count(table)),
      oldest: (await reads.firstKey(table, 'updatedAt', changed)) as string | undefined,
    })),
  );
  let count = 0;
  let oldest: string | undefined;
  for (const table of perTable) {
    count += table.count;
    if (table.oldest !== undefined && (oldest === undefined || table.oldest < oldest)) {
      oldest = table.oldest;
    }
  }
  return { count, oldest };
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
  /** The latest weekly review, for "review due" and "review ran" (docs/domain.md §5b rule 10). */
  lastReview: PlanChange | null;
  /** Days this week (from the person's week start) with at least one set done. */
  trainedDays: string[];
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
  const [trainedDays, pendingVisit, unbacked] = await Promise.all([
    readTrainedDays(reads, from, addDays(from, 6)),
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
    pendingDoctorVisit: pendingVisit,
    unbacked,
  };
}
