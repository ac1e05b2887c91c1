// The one place writes stamp and validate records (./repository.ts): the repositories, the
// check-in of a day and the settings record all go through stamped and putChecked.
import { beforeEach, describe, expect, it } from 'vitest';
import { checkCheckin } from '../domain/episodes';
import { buildCheckin, testClock, withoutMeta } from '../../tests/support/domain/test-builders';
import { saveCheckin } from './episodes/checkin-queries';
import { db } from './db';
import { putChecked, stamped } from './repository';
import { saveSettings } from './settings/settings-queries';
import { resetDatabase } from './test-reset';

beforeEach(resetDatabase);

const later = { now: '2026-11-25T13:00:00.000Z', today: '2026-11-25' };

describe('stamped', () => {
  it('gives a new record an id, both times now and revision 1', () => {
    const record = stamped({ day: '2026-11-25' }, undefined, testClock);
    expect(record).toMatchObject({
      day: '2026-11-25',
      createdAt: testClock.now,
      updatedAt: testClock.now,
      revision: 1,
    });
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a stored record id and creation time, and raises its revision', () => {
    const current = { id: 'c-1', createdAt: '2026-11-01T08:00:00.000Z', revision: 4 };
    expect(stamped({ day: '2026-11-25', id: 'other' }, current, later)).toEqual({
      day: '2026-11-25',
      id: 'c-1',
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: later.now,
      revision: 5,
    });
    // A record stored before revisions existed counts as revision 0.
    expect(stamped({}, { id: 'old', createdAt: later.now }, later).revision).toBe(1);
  });
});

describe('putChecked', () => {
  it('writes a record that passes its check', async () => {
    const record = stamped(withoutMeta(buildCheckin()), undefined, testClock);
    const saved = await putChecked(db.checkins, checkCheckin, record, testClock);
    expect(saved).toEqual({ ok: true, value: record });
    expect(await db.checkins.get(record.id)).toEqual(record);
  });

  it('writes nothing when the check refuses it, and says why', async () => {
    const record = stamped(withoutMeta(buildCheckin({ backPain: 11 })), undefined, testClock);
    const saved = await putChecked(db.checkins, checkCheckin, record, testClock);
    expect(saved.ok).toBe(false);
    expect(await db.checkins.count()).toBe(0);
  });
});

describe('writes outside the repositories stamp through it', () => {
  it('a check-in saved twice on a day keeps its id and creation time, revision 2', async () => {
    const input = withoutMeta(buildCheckin());
    const first = await saveCheckin(input, testClock);
    const second = await saveCheckin({ ...input, backPain: 5 }, later);
    if (!first.ok || !second.ok) throw new Error('not saved');
    expect(second.value).toMatchObject({
      id: first.value.id,
      createdAt: testClock.now,
      updatedAt: later.now,
      revision: 2,
      backPain: 5,
    });
  });

  it('settings saved twice are at revision 2, stamped with the last save', async () => {
    await saveSettings({ units: 'lb' }, testClock);
    const saved = await saveSettings({ units: 'kg' }, later);
    expect(saved.ok && saved.value).toMatchObject({
      units: 'kg',
      updatedAt: later.now,
      revision: 2,
    });
  });
});
