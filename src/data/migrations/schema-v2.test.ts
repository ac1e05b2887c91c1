import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../db';
import { schemaVersions } from '../schema';

const NAME = 'steadyback-schema-v2-fixture';
const at = '2026-11-20T08:00:00.000Z';
const plan = {
  id: 'plan-1',
  createdAt: at,
  updatedAt: at,
  phase: 2,
  daysPerWeek: 3,
  trainingDays: [1, 3, 5],
  equipment: ['none'],
  exercises: [],
  flareMode: false,
};
const session = { id: 'session-1', createdAt: at, updatedAt: at, day: '2026-11-20' };

afterEach(() => Dexie.delete(NAME));

describe('schema version 2 (2026-11-25): the plan-change history table', () => {
  it('opens a version-1 database, keeps every record as it was and adds an empty history', async () => {
    const v1 = new Dexie(NAME);
    v1.version(1).stores(schemaVersions[0].stores);
    await v1.table('plans').put(plan);
    await v1.table('sessions').put(session);
    v1.close();

    const v2 = createDb(NAME, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.plans.toArray()).toEqual([plan]);
    expect(await v2.sessions.toArray()).toEqual([session]);
    expect(await v2.planChanges.count()).toBe(0);
    expect(await v2.planChanges.where('weekOf').equals('2026-11-16').count()).toBe(0);
    v2.close();
  });

  it('keeps every version-1 table unchanged in version 2', () => {
    const [v1, v2] = schemaVersions;
    expect(v2.stores).toMatchObject(v1.stores);
  });
});
