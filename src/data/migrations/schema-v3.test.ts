import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { backupTableNames } from '../../domain/backup';
import { createDb } from '../db';
import { entryTableNames, schemaVersions } from '../schema';

const NAME = 'steadyback-schema-v3-fixture';
const stamp = (day: string) => `${day}T08:00:00.000Z`;
const meta = (id: string, day: string) => ({ id, createdAt: stamp(day), updatedAt: stamp(day) });

// Records as version 2 stored them: a finished, an unfinished and a deleted spasm, a live and a
// deleted check-in, and two plan changes of different kinds.
const episodes = [
  {
    ...meta('e-done', '2026-11-01'),
    startedAt: stamp('2026-11-01'),
    severity: 4,
    endedAt: stamp('2026-11-01').replace('08', '09'),
  },
  { ...meta('e-going', '2026-11-20'), startedAt: stamp('2026-11-20'), severity: 6 },
  {
    ...meta('e-deleted', '2026-11-10'),
    startedAt: stamp('2026-11-10'),
    severity: 2,
    deletedAt: stamp('2026-11-11'),
  },
];
const checkins = [
  { ...meta('c-live', '2026-11-19'), day: '2026-11-19', backPain: 3, activityIds: ['gardening'] },
  {
    ...meta('c-deleted', '2026-11-18'),
    day: '2026-11-18',
    backPain: 5,
    activityIds: [],
    deletedAt: stamp('2026-11-19'),
  },
];
const planChanges = [
  {
    ...meta('p-review', '2026-11-16'),
    day: '2026-11-16',
    weekOf: '2026-11-09',
    kind: 'weekly-review',
  },
  { ...meta('p-flare', '2026-11-18'), day: '2026-11-18', weekOf: '2026-11-16', kind: 'flare-on' },
];
const session = { ...meta('s-1', '2026-11-20'), day: '2026-11-20' };

afterEach(() => Dexie.delete(NAME));

describe('schema version 3 (2026-11-26): indexes for the hot paths', () => {
  it('opens a version-2 database, keeps every record and finds them by the new indexes', async () => {
    const v2 = createDb(NAME, 2);
    await v2.table('episodes').bulkPut(episodes);
    await v2.table('checkins').bulkPut(checkins);
    await v2.table('planChanges').bulkPut(planChanges);
    await v2.table('sessions').put(session);
    v2.close();

    const v3 = createDb(NAME, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    const byId = (rows: readonly { id: string }[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await v3.episodes.toArray())).toEqual(byId(episodes));
    expect(byId(await v3.checkins.toArray())).toEqual(byId(checkins));
    expect(byId(await v3.planChanges.toArray())).toEqual(byId(planChanges));
    expect(await v3.table('sessions').toArray()).toEqual([session]);

    // Spasms still going are the ones missing from the endedAt index.
    expect(await v3.episodes.where('endedAt').above('').primaryKeys()).toEqual(['e-done']);
    // Changes since a backup, by updatedAt.
    expect(await v3.episodes.where('updatedAt').above(stamp('2026-11-05')).count()).toBe(2);
    expect(await v3.sessions.where('updatedAt').above(stamp('2026-11-05')).count()).toBe(1);
    // Only deleted check-ins are in the deletedAt index.
    expect(await v3.checkins.where('deletedAt').above('').primaryKeys()).toEqual(['c-deleted']);
    // The latest weekly review without reading the other kinds of change.
    const review = await v3.planChanges
      .where('[kind+day]')
      .between(['weekly-review', Dexie.minKey], ['weekly-review', Dexie.maxKey])
      .last();
    expect(review?.id).toBe('p-review');
    v3.close();
  });

  it('keeps every version-2 index and table in version 3', () => {
    const [, v2, v3] = schemaVersions;
    expect(Object.keys(v3.stores).sort()).toEqual(Object.keys(v2.stores).sort());
    for (const [table, spec] of Object.entries(v2.stores)) {
      const kept = v3.stores[table as keyof typeof v3.stores].split(', ');
      for (const index of spec.split(', ')) expect(kept, `${table} ${index}`).toContain(index);
    }
  });

  it('names every table a backup holds, but settings, as an entry table', () => {
    expect([...entryTableNames].sort()).toEqual(
      backupTableNames.filter((name) => name !== 'settings').sort(),
    );
  });
});
