import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../db';
import { schemaVersions } from '../schema';

const NAME = 'steadyback-schema-v4-fixture';
const stamp = (day: string) => `${day}T08:00:00.000Z`;
const meta = (id: string, day: string) => ({ id, createdAt: stamp(day), updatedAt: stamp(day) });

// Records as version 3 stored them: no revision anywhere.
const episodes = [
  { ...meta('e-done', '2026-11-01'), startedAt: stamp('2026-11-01'), severity: 4 },
  {
    ...meta('e-deleted', '2026-11-10'),
    startedAt: stamp('2026-11-10'),
    severity: 2,
    deletedAt: stamp('2026-11-11'),
  },
];
const checkin = {
  ...meta('c-1', '2026-11-19'),
  day: '2026-11-19',
  backPain: 3,
  activityIds: ['gardening'],
};
const settings = { ...meta('settings', '2026-11-01'), units: 'kg' };

afterEach(() => Dexie.delete(NAME));

describe('schema version 4 (2026-12-06): every record carries a revision', () => {
  it('gives every record of a version-3 database revision 1, changing nothing else', async () => {
    const v3 = createDb(NAME, 3);
    await v3.table('episodes').bulkPut(episodes);
    await v3.table('checkins').put(checkin);
    await v3.table('settings').put(settings);
    v3.close();

    const v4 = createDb(NAME, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    const byId = (rows: readonly { id: string }[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await v4.episodes.toArray())).toEqual(
      byId(episodes.map((e) => ({ ...e, revision: 1 }))),
    );
    expect(await v4.checkins.toArray()).toEqual([{ ...checkin, revision: 1 }]);
    expect(await v4.settings.toArray()).toEqual([{ ...settings, revision: 1 }]);
    expect(await v4.sessions.count()).toBe(0);
    v4.close();
  });

  it('keeps a revision a record already has', async () => {
    const v3 = createDb(NAME, 3);
    await v3.table('episodes').put({ ...episodes[0], revision: 7 });
    v3.close();
    const v4 = createDb(NAME, 4);
    expect((await v4.episodes.get('e-done'))?.revision).toBe(7);
    v4.close();
  });

  it('keeps every table and index of version 3', () => {
    const [, , v3, v4] = schemaVersions;
    expect(v4.stores).toEqual(v3.stores);
  });
});
