import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildCheckin,
  buildEpisode,
  buildWeeklyReview,
} from '../../tests/support/domain/test-builders';
import { checkinSchema, episodeSchema, type Checkin, type Episode } from '../domain/episodes';
import { addDays } from '../domain/episodes';
import { db } from './db';
import { LOG_PAGE, readEpisodeLog } from './episodes/episode-log';
import {
  keepLogRead,
  keepPatternsReads,
  keepPlanChangesRead,
  stopKeepingReads,
} from './kept-reads';
import { readPlanChanges } from './plan/plan-queries';
import { recordsRead } from './records-read.test-helper';
import { resetDatabase } from './test-reset';
import { readWholeTable } from './whole-table';

beforeEach(async () => {
  await resetDatabase();
  await db.planChanges.bulkPut(
    Array.from({ length: 30 }, (_, i) =>
      buildWeeklyReview({ id: `review-${String(i)}`, day: addDays('2026-01-05', i * 7) }),
    ),
  );
});
afterEach(stopKeepingReads);

/** What a page's live query gets first, as a page's hook would. */
const firstResult = <T>(read: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => {
    const subscription = liveQuery(read).subscribe({
      next: (result) => {
        subscription.unsubscribe();
        resolve(result);
      },
      error: reject,
    });
  });
const pageRead = () => firstResult(readPlanChanges);

/** What `read` gives, and how many records it took from IndexedDB to give it. */
async function counted<T>(read: () => Promise<T>): Promise<{ result: T; records: number }> {
  let result: T | undefined;
  const records = await recordsRead(async () => {
    result = await read();
  });
  return { result: result as T, records };
}

describe('the plan history kept read', () => {
  it('lets a page read the history from memory, not from IndexedDB', async () => {
    await keepPlanChangesRead();
    const { result: changes, records } = await counted(pageRead);
    expect(records).toBe(0);
    expect(changes.map((c) => c.id)).toEqual((await readPlanChanges()).map((c) => c.id));
  });

  it('still gives a page every change written since, from this tab or another', async () => {
    await keepPlanChangesRead();
    await db.planChanges.put(buildWeeklyReview({ id: 'new', day: '2026-11-30' }));
    const changes = await pageRead();
    expect(changes[0]?.id).toBe('new');
    expect(changes).toHaveLength(31);
    await db.planChanges.clear();
    expect(await pageRead()).toEqual([]);
  });

  it('is not there until asked for: a page then reads from IndexedDB', async () => {
    expect(await recordsRead(pageRead)).toBe(30);
  });
});

describe("the Log's first page kept read", () => {
  const today = '2026-11-25';
  /** What the History tap reads: the first page and the counts, as useEpisodeLog asks. */
  const logRead = (day = today) =>
    firstResult(() =>
      readEpisodeLog(
        {
          text: undefined,
          from: undefined,
          to: undefined,
          activityId: undefined,
          movement: undefined,
        },
        LOG_PAGE,
        day,
      ),
    );

  beforeEach(async () => {
    await db.episodes.bulkPut(
      Array.from({ length: 200 }, (_, i) =>
        buildEpisode({
          id: `e-${String(i).padStart(3, '0')}`,
          startedAt: `${addDays(today, -i)}T08:30:00.000Z`,
          ...(i % 7 === 3 ? { deletedAt: `${today}T09:00:00.000Z` } : {}),
        }),
      ),
    );
  });

  it('lets the History tap read its page and counts from memory, and the same as without it', async () => {
    const without = await counted(() => logRead());
    expect(without.records).toBeGreaterThan(LOG_PAGE);
    await keepLogRead(today);
    const kept = await counted(() => logRead());
    expect(kept.records).toBe(0);
    expect(kept.result).toEqual(without.result);
  });

  it('still gives the page a spasm logged since, and reads again for another day', async () => {
    await keepLogRead(today);
    await db.episodes.put(
      buildEpisode({ id: 'new', startedAt: `${today}T20:00:00.000Z`, endedAt: undefined }),
    );
    const log = await logRead();
    expect(log.records[0]?.id).toBe('new');
    expect(log.recent.daysSinceLast).toBe(0);
    // Tomorrow's page is not today's: read from IndexedDB until the kept read moves to it.
    const tomorrow = addDays(today, 1);
    expect(await recordsRead(() => logRead(tomorrow))).toBeGreaterThan(0);
    await keepLogRead(tomorrow);
    expect(await recordsRead(() => logRead(tomorrow))).toBe(0);
  });
});

describe("Patterns' whole-table kept reads", () => {
  /** What Patterns' hooks read (useEpisodes, useCheckins): every record not deleted, in order. */
  const readBoth = () =>
    Promise.all([
      readWholeTable('episodes', episodeSchema, (a: Episode, b) =>
        b.startedAt.localeCompare(a.startedAt),
      ),
      readWholeTable('checkins', checkinSchema, (a: Checkin, b) => a.day.localeCompare(b.day)),
    ]);
  /** As the page's live queries read it (outside one, Dexie never answers from its cache). */
  const patternsRead = () => firstResult(readBoth);

  beforeEach(async () => {
    await db.episodes.bulkPut(
      Array.from({ length: 12 }, (_, i) =>
        buildEpisode({
          id: `spasm-${String(i)}`,
          startedAt: `2026-10-${String(10 + i)}T08:00:00.000Z`,
        }),
      ),
    );
    await db.checkins.bulkPut(
      Array.from({ length: 40 }, (_, i) =>
        buildCheckin({ id: `checkin-${String(i)}`, day: addDays('2026-09-01', i) }),
      ),
    );
  });

  it('lets Patterns read every spasm and check-in from memory, as IndexedDB gives them', async () => {
    const fromDatabase = await readBoth();
    expect(fromDatabase[0].records).toHaveLength(12);
    expect(fromDatabase[1].records).toHaveLength(40);
    await keepPatternsReads();
    const fromMemory = await counted(patternsRead);
    expect(fromMemory.records).toBe(0);
    expect(fromMemory.result).toEqual(fromDatabase);
  });

  it('still gives Patterns a check-in saved, and a spasm deleted, after it was kept', async () => {
    await keepPatternsReads();
    await db.checkins.put(buildCheckin({ id: 'new', day: '2026-11-30' }));
    await db.episodes.update('spasm-3', { deletedAt: '2026-11-30T09:00:00.000Z' });
    const [spasms, checkins] = await patternsRead();
    expect(checkins.records.at(-1)?.id).toBe('new');
    expect(checkins.records).toHaveLength(41);
    expect(spasms.records.map((e) => e.id)).not.toContain('spasm-3');
    expect(spasms.records).toHaveLength(11);
  });

  it('is not there until asked for: Patterns then reads both tables from IndexedDB', async () => {
    expect(await recordsRead(patternsRead)).toBe(52);
  });
});
