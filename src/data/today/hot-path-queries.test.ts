import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, recentCounts, unfinishedEpisodes } from '../../domain/episodes';
import type { Episode } from '../../domain/episodes';
import { planChangeSchema, type PlanChange } from '../../domain/plan';
import { pendingDoctorVisit } from '../../domain/safety';
import {
  buildCheckin,
  buildEpisode,
  buildExerciseSet,
  buildPlan,
  buildScreening,
  buildSession,
  buildSettings,
  buildWeeklyReview,
} from '../../../tests/support/domain/test-builders';
import { dayOfInstant } from '../clock';
import { db, DATABASE_NAME } from '../db';
import { dexieReads } from '../dexie-reads';
import { openStoredDatabase, transactionReads } from '../indexeddb-reads';
import { readPlanChanges } from '../plan/plan-queries';
import type { Reads } from '../reads';
import { recordsRead } from '../records-read.test-helper';
import { countCheckinDays } from '../episodes/checkin-reads';
import {
  countLiveEpisodes,
  readRecentEpisodes,
  readUnfinishedEpisodes,
} from '../episodes/episode-reads';
import { readHadSessionOn, readLastReview } from '../plan/plan-reads';
import { readPendingDoctorVisit } from '../safety/screening-reads';
import { readToday } from './today-reads';
import { readUnbackedEntries } from '../backup/unbacked-reads';
import { resetDatabase } from '../test-reset';

const today = '2026-11-25';
const now = '2026-11-25T12:00:00.000Z';
const at = (day: string, time = '08:30') => `${day}T${time}:00.000Z`;
const YEARS = 4;
const DAYS = YEARS * 365;

function review(day: string, goodWeeksInARow: number, extra: Partial<PlanChange> = {}): PlanChange {
  return planChangeSchema.parse(
    buildWeeklyReview({
      id: `review-${day}-${goodWeeksInARow}`,
      createdAt: at(day),
      updatedAt: at(day),
      day,
      weekOf: addDays(day, -7),
      goodWeeksInARow,
      ...extra,
    }),
  );
}

/**
 * Four years of diary, written straight to the tables: a check-in every day, a spasm every third
 * day (a few deleted, one old one never finished), weekly reviews, sessions and safety checks.
 */
async function seedYears() {
  const days = Array.from({ length: DAYS }, (_, i) => addDays(today, i - DAYS + 1));
  const episodes: Episode[] = days
    .filter((_, i) => i % 3 === 0)
    .map((day, i) =>
      buildEpisode({
        id: `episode-${day}`,
        startedAt: at(day),
        endedAt: at(day, '10:00'),
        updatedAt: at(day, '10:00'),
        ...(i % 50 === 7 ? { deletedAt: at(day, '11:00') } : {}),
      }),
    );
  // A spasm from two years ago that was never finished, and one this morning still going.
  episodes.push(
    buildEpisode({ id: 'old-going', startedAt: at(addDays(today, -700)), endedAt: undefined }),
    buildEpisode({ id: 'going', startedAt: at(today, '07:00'), endedAt: undefined }),
  );
  await db.episodes.bulkPut(episodes);
  await db.checkins.bulkPut(
    days.map((day, i) =>
      buildCheckin({
        id: `checkin-${day}`,
        day,
        updatedAt: at(day, '20:00'),
        ...(i % 97 === 5 ? { deletedAt: at(day, '21:00') } : {}),
      }),
    ),
  );
  const sessions = days
    .filter((_, i) => i % 2 === 0)
    .map((day) => buildSession({ id: `session-${day}`, day, startedAt: at(day, '07:00') }));
  await db.sessions.bulkPut(sessions);
  await db.exerciseSets.bulkPut(
    sessions.flatMap((s) =>
      [1, 2].map((n) => buildExerciseSet({ id: `${s.id}-${n}`, sessionId: s.id, setNumber: n })),
    ),
  );
  const mondays = days.filter((day) => new Date(at(day)).getUTCDay() === 1);
  await db.planChanges.bulkPut(mondays.map((day, i) => review(day, i % 9)));
  await db.plans.put(buildPlan({ id: 'plan', createdAt: at(days[0] ?? today) }));
  await db.screenings.bulkPut([
    buildScreening({
      id: 'old-see',
      takenAt: at('2024-03-01'),
      outcome: 'see-doctor-soon',
      seenDoctorOn: '2024-03-05',
    }),
    buildScreening({
      id: 'see',
      takenAt: at('2026-11-01'),
      outcome: 'see-doctor-soon',
      answers: { 'night-pain': true },
    }),
    buildScreening({ id: 'fine', takenAt: at('2026-11-20'), outcome: 'nothing-urgent' }),
  ]);
  await db.settings.put(buildSettings({ lastBackupAt: at('2026-11-10', '12:00') }));
  return episodes;
}

beforeEach(resetDatabase);

/** Runs `read` through the browser's IndexedDB API, in one read-only transaction, as Today's first read does. */
async function viaIndexedDb<T>(read: (reads: Reads) => Promise<T>): Promise<T> {
  db.close();
  const database = await openStoredDatabase(DATABASE_NAME);
  if (typeof database === 'string') throw new Error(`The database is ${database}`);
  try {
    const tx = database.transaction([...database.objectStoreNames], 'readonly');
    return await read(transactionReads(tx));
  } finally {
    database.close();
    await db.open();
  }
}

const viaDexie = <T>(read: (reads: Reads) => Promise<T>): Promise<T> =>
  db.transaction('r', db.tables, () => read(dexieReads));

// Every query is written once against Reads; each runs here through both implementations.
describe.each([
  ['Dexie', viaDexie],
  ['the IndexedDB API', viaIndexedDb],
])("Today's reads through %s", (_name, via) => {
  const readTodayVia = () => via((reads) => readToday(reads, today, now));

  describe('with years of data', () => {
    it('give what the domain computes over every record', async () => {
      const episodes = await seedYears();
      const data = await readTodayVia();
      const live = episodes.filter((e) => e.deletedAt === undefined);

      expect(data.spasms).toBe(live.length);
      expect(await via(countLiveEpisodes)).toBe(live.length);
      expect(recentCounts(data.recentEpisodes, today, dayOfInstant)).toEqual(
        recentCounts(episodes, today, dayOfInstant),
      );
      expect(data.unfinished.map((e) => e.id)).toEqual(
        unfinishedEpisodes(episodes).map((e) => e.id),
      );
      expect(data.unfinished.map((e) => e.id)).toEqual(['going', 'old-going']);
      const checkins = await db.checkins.toArray();
      expect(data.checkinDays).toBe(checkins.filter((c) => c.deletedAt === undefined).length);
      expect(data.checkin?.day).toBe(today);
      expect(data.plan?.id).toBe('plan');
      expect(data.pendingDoctorVisit).toEqual(pendingDoctorVisit(await db.screenings.toArray()));
      expect(data.pendingDoctorVisit?.id).toBe('see');
      const reviews = (await db.planChanges.toArray()).sort((a, b) => b.day.localeCompare(a.day));
      expect(data.streak).toBe(reviews[0]?.goodWeeksInARow);
      expect(data.trainedDays.every((day) => day <= today && day > addDays(today, -7))).toBe(true);
    });

    it('read a few dozen records, not whole tables', async () => {
      await seedYears();
      const stored = (await Promise.all(db.tables.map((table) => table.count()))).reduce(
        (sum, n) => sum + n,
        0,
      );
      expect(stored).toBeGreaterThan(4000);
      const read = await recordsRead(readTodayVia);
      expect(read).toBeLessThan(60);
    });
  });

  describe('the index queries behind Today', () => {
    it('count changes since the last backup on the updatedAt indexes, as a scan would', async () => {
      await db.episodes.bulkPut([
        buildEpisode({ id: 'a', updatedAt: at('2026-11-01') }),
        buildEpisode({ id: 'b', updatedAt: at('2026-11-20') }),
      ]);
      await db.checkins.put(buildCheckin({ id: 'c', updatedAt: at('2026-11-15') }));
      await db.settings.put(buildSettings({ updatedAt: at('2026-11-24') }));
      expect(await via((reads) => readUnbackedEntries(reads, undefined))).toEqual({
        count: 3,
        oldest: at('2026-11-01'),
      });
      expect(await via((reads) => readUnbackedEntries(reads, at('2026-11-10')))).toEqual({
        count: 2,
        oldest: at('2026-11-15'),
      });
      expect(await via((reads) => readUnbackedEntries(reads, at('2026-11-24')))).toEqual({
        count: 0,
        oldest: undefined,
      });
    });

    it('find spasms still going without reading finished ones, and skip deleted or unreadable ones', async () => {
      await db.episodes.bulkPut([
        buildEpisode({ id: 'done' }),
        buildEpisode({ id: 'going', endedAt: undefined, startedAt: at('2026-11-24') }),
        buildEpisode({ id: 'newer', endedAt: undefined, startedAt: at('2026-11-25', '07:00') }),
        buildEpisode({ id: 'deleted', endedAt: undefined, deletedAt: at('2026-11-25') }),
        { ...buildEpisode({ id: 'broken', endedAt: undefined }), severity: 42 },
      ]);
      expect((await via(readUnfinishedEpisodes)).map((e) => e.id)).toEqual(['newer', 'going']);
      await db.episodes.clear();
      await db.episodes.put(buildEpisode({ id: 'done' }));
      expect(await recordsRead(() => via(readUnfinishedEpisodes))).toBe(0);
    });

    it('give the latest spasm even when it is older than the 31-day window', async () => {
      await db.episodes.bulkPut([
        buildEpisode({ id: 'old', startedAt: at('2026-06-01') }),
        buildEpisode({ id: 'older', startedAt: at('2026-05-01') }),
        buildEpisode({ id: 'deleted', startedAt: at('2026-11-01'), deletedAt: at('2026-11-02') }),
      ]);
      expect((await via((reads) => readRecentEpisodes(reads, today))).map((e) => e.id)).toEqual([
        'old',
      ]);
    });

    it('tell a session recorded yesterday, with sets or none, and not a deleted one', async () => {
      const yesterday = addDays(today, -1);
      await db.sessions.bulkPut([
        buildSession({ id: 'deleted', day: yesterday, deletedAt: at(yesterday, '20:00') }),
        buildSession({ id: 'before', day: addDays(today, -2) }),
      ]);
      expect((await readTodayVia()).sessionYesterday).toBe(false);
      await db.sessions.put(buildSession({ id: 'live', day: yesterday }));
      expect((await readTodayVia()).sessionYesterday).toBe(true);
      expect(await via((reads) => readHadSessionOn(reads, today))).toBe(false);
    });

    it('count check-in days without deleted ones', async () => {
      await db.checkins.bulkPut([
        buildCheckin({ id: 'a', day: '2026-11-24' }),
        buildCheckin({ id: 'b', day: '2026-11-23', deletedAt: at('2026-11-24') }),
      ]);
      expect(await via(countCheckinDays)).toBe(1);
    });

    it('take the latest live weekly review, newest created on its day', async () => {
      await db.planChanges.bulkPut([
        review('2026-11-16', 4),
        { ...review('2026-11-23', 5), id: 'deleted', deletedAt: at('2026-11-24') },
        { ...review('2026-11-09', 3), id: 'same-day-older', createdAt: at('2026-11-16', '07:00') },
        { ...review('2026-11-23', 9), kind: 'flare-on' as const, id: 'flare' },
      ]);
      expect((await via(readLastReview))?.goodWeeksInARow).toBe(4);
    });

    it('find a waiting doctor visit from the newest see-a-doctor check only', async () => {
      await db.screenings.bulkPut([
        buildScreening({
          id: 'seen',
          takenAt: at('2026-11-01'),
          outcome: 'see-doctor-soon',
          seenDoctorOn: '2026-11-03',
        }),
        buildScreening({ id: 'fine', takenAt: at('2026-11-20') }),
      ]);
      expect(await via(readPendingDoctorVisit)).toBeNull();
      await db.screenings.put(
        buildScreening({ id: 'new', takenAt: at('2026-11-10'), outcome: 'see-doctor-soon' }),
      );
      expect((await via(readPendingDoctorVisit))?.id).toBe('new');
    });
  });
});

describe("the Plan page's history", () => {
  it('reads only the newest changes when asked for a few, in the full order', async () => {
    await seedYears();
    const all = await readPlanChanges();
    expect(all.length).toBeGreaterThan(200);
    const newest = await readPlanChanges(10);
    expect(newest).toEqual(all.slice(0, 10));
    expect(await recordsRead(() => readPlanChanges(10))).toBeLessThanOrEqual(12);
    expect(await viaDexie(readLastReview)).toEqual(
      all.find((change) => change.kind === 'weekly-review'),
    );
  });
});
