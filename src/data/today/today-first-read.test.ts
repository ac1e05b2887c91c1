import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildCheckin,
  buildEpisode,
  buildPlan,
  buildSettings,
} from '../../../tests/support/domain/test-builders';
import { createDb, db, DATABASE_NAME } from '../db';
import { dexieReads } from '../dexie-reads';
import { openStoredDatabase } from '../indexeddb-reads';
import { latestSchemaVersion } from '../schema';
import { resetDatabase } from '../test-reset';
import { readToday } from './today-reads';
import { readTodayWithoutDexie, releaseFirstRead } from './today-queries';

// Today's first read goes through the browser's IndexedDB API before Dexie has downloaded. It must
// never create, change or hold up the database that Dexie owns.
const NAME = 'steadyback-first-read-fixture';
const today = '2026-11-25';
const now = '2026-11-25T12:00:00.000Z';

const storedNames = async () => (await indexedDB.databases()).map((info) => info.name);

afterEach(() => Dexie.delete(NAME));

describe("Today's first read, without Dexie", () => {
  it('gives the defaults on first use, and creates no database', async () => {
    const data = await readTodayWithoutDexie(openStoredDatabase(NAME), today, now);
    expect(data).toMatchObject({
      spasms: 0,
      checkinDays: 0,
      recentEpisodes: [],
      unfinished: [],
      checkin: null,
      plan: null,
      streak: 0,
      pendingDoctorVisit: null,
      unbacked: { count: 0, oldest: undefined },
    });
    expect(data?.settings.onboarding).toBe('not-started');
    expect(await storedNames()).not.toContain(NAME);
  });

  it('reads what Dexie reads from a database at the latest version', async () => {
    await resetDatabase();
    await db.episodes.bulkPut([
      buildEpisode({ id: 'done', startedAt: '2026-11-20T08:00:00.000Z' }),
      buildEpisode({ id: 'going', startedAt: '2026-11-25T07:00:00.000Z', endedAt: undefined }),
    ]);
    await db.checkins.put(buildCheckin({ id: 'today', day: today }));
    await db.plans.put(buildPlan({ id: 'plan' }));
    await db.settings.put(buildSettings({ onboarding: 'done' }));
    const viaDexie = await db.transaction('r', db.tables, () => readToday(dexieReads, today, now));
    db.close();
    try {
      const first = await readTodayWithoutDexie(openStoredDatabase(DATABASE_NAME), today, now);
      expect(first).toEqual(viaDexie);
      expect(first?.spasms).toBe(2);
      expect(first?.unfinished.map((e) => e.id)).toEqual(['going']);
      expect(first?.checkin?.id).toBe('today');
      expect(first?.plan?.id).toBe('plan');
      expect(first?.settings.onboarding).toBe('done');
    } finally {
      await db.open();
    }
  });

  it('leaves an older version to Dexie: reads nothing, changes nothing, then Dexie upgrades it', async () => {
    const v2 = createDb(NAME, 2);
    await v2.table('episodes').put(buildEpisode({ id: 'kept' }));
    v2.close();
    expect(await openStoredDatabase(NAME)).toBe('outdated');
    expect(await readTodayWithoutDexie(openStoredDatabase(NAME), today, now)).toBeUndefined();
    const latest = createDb(NAME);
    await latest.open();
    expect(latest.verno).toBe(latestSchemaVersion);
    expect(await latest.table('episodes').get('kept')).toMatchObject({ id: 'kept' });
    latest.close();
  });

  it('gives way at once when another tab upgrades the database', async () => {
    const current = createDb(NAME);
    await current.open();
    current.close();
    const held = await openStoredDatabase(NAME);
    expect(held).toBeInstanceOf(IDBDatabase);
    // A newer release's Dexie asks for a higher version (Dexie stores version n as 10 n): our
    // connection closes, nothing blocks.
    const newer = (latestSchemaVersion + 1) * 10;
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(NAME, newer);
      request.onblocked = () => {
        reject(new Error('The upgrade was blocked by the first-read connection'));
      };
      request.onsuccess = () => {
        request.result.close();
        resolve(request.result.version);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
    expect(upgraded).toBe(newer);
  });

  it('lets go when the page is hidden mid-read: the read is aborted, Dexie reads instead, and writes go through', async () => {
    await resetDatabase();
    await db.checkins.put(buildCheckin({ id: 'before', day: today }));
    db.close();
    try {
      const opened = await openStoredDatabase(DATABASE_NAME);
      const read = readTodayWithoutDexie(Promise.resolve(opened), today, now);
      // The read has started its transaction (a tick for each await before it) and its requests
      // are still queued when the page is hidden.
      for (let tick = 0; tick < 3; tick++) await Promise.resolve();
      releaseFirstRead();
      expect(await read).toBeUndefined();
      // Nothing is left holding the database: a new connection reads at once.
      const again = await readTodayWithoutDexie(openStoredDatabase(DATABASE_NAME), today, now);
      expect(again?.checkin?.id).toBe('before');
    } finally {
      await db.open();
    }
    await db.checkins.put(buildCheckin({ id: 'after', day: '2026-11-26' }));
    expect(await db.checkins.get('after')).toMatchObject({ id: 'after' });
  });
});
