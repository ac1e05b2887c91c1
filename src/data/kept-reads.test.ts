import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWeeklyReview } from '../../../tests/support/domain/test-builders';
import { addDays } from '../../domain/episodes';
import { db } from '../db';
import { recordsRead } from '../records-read.test-helper';
import { resetDatabase } from '../test-reset';
import { keepPlanChangesRead, stopKeepingPlanChangesRead } from './plan-changes-warm';
import { readPlanChanges } from './plan-queries';

beforeEach(async () => {
  await resetDatabase();
  await db.planChanges.bulkPut(
    Array.from({ length: 30 }, (_, i) =>
      buildWeeklyReview({ id: `review-${String(i)}`, day: addDays('2026-01-05', i * 7) }),
    ),
  );
});
afterEach(stopKeepingPlanChangesRead);

/** What a page's live query of the history gets first, as the Plan page's hook would. */
const pageRead = () =>
  new Promise<Awaited<ReturnType<typeof readPlanChanges>>>((resolve, reject) => {
    const subscription = liveQuery(() => readPlanChanges()).subscribe({
      next: (changes) => {
        subscription.unsubscribe();
        resolve(changes);
      },
      error: reject,
    });
  });

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
