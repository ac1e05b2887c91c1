import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, buildWeeklyReview } from '../../tests/support/domain/test-builders';
import { addDays } from '../domain/episodes';
import { db } from './db';
import { LOG_PAGE, readEpisodeLog } from './episodes/episode-log';
import { keepLogRead, keepPlanChangesRead, stopKeepingReads } from './kept-reads';
import { readPlanChanges } from './plan/plan-queries';
import { recordsRead } from './records-read.test-helper';
import { resetDatabase } from './test-reset';

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

describe('the plan history kept read', () => {
  it('lets a page read the history from memory, not from IndexedDB', async () => {
    await keepPlanChangesRead();
    let changes: Awaited<ReturnType<typeof readPlanChanges>> = [];
    expect(
      await recordsRead(async () => {
        changes = await pageRead();
      }),
    ).toBe(0);
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
    let without: Awaited<ReturnType<typeof logRead>> | undefined;
    expect(
      await recordsRead(async () => {
        without = await logRead();
      }),
    ).toBeGreaterThan(LOG_PAGE);
    await keepLogRead(today);
    let kept: typeof without;
    expect(
      await recordsRead(async () => {
        kept = await logRead();
      }),
    ).toBe(0);
    expect(kept).toEqual(without);
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
