import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../domain/backup';
import { arbitraryBackupData } from '../../../tests/support/domain/backup-test-data';
import { buildEpisode, testClock } from '../../../tests/support/domain/test-builders';
import { decryptBackup, encryptBackup, isEncryptedBackup } from './backup-crypto';
import { exportBackup, restoreBackup } from './backup';
import { db } from '../db';
import { resetDatabase } from '../test-reset';

beforeEach(resetDatabase);

const sortById = (rows: readonly { id: string }[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('backup and restore', () => {
  it('restoring an export into an empty database gives back exactly the same data', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBackupData, async (tables) => {
        await resetDatabase();
        const result = await restoreBackup(createBackup(tables, '0.1.0', testClock.now), 'replace');
        expect(result.ok).toBe(true);
        const exported = await exportBackup('0.1.0', testClock.now);
        for (const name of Object.keys(tables) as (keyof typeof tables)[]) {
          expect(sortById(exported.tables[name])).toEqual(sortById(tables[name]));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('merges by id keeping newer copies, and a second merge writes nothing', async () => {
    const old = buildEpisode({ id: 'a', severity: 3, updatedAt: '2026-11-20T00:00:00.000Z' });
    await db.episodes.put(old);
    const newer = { ...old, severity: 7, updatedAt: '2026-11-24T00:00:00.000Z' };
    const other = buildEpisode({ id: 'b' });
    const backup = createBackup(
      { ...(await exportBackup('0.1.0')).tables, episodes: [newer, other] },
      '0.1.0',
      testClock.now,
    );
    expect(await restoreBackup(backup, 'merge')).toEqual({ ok: true, value: 2 });
    expect(await restoreBackup(backup, 'merge')).toEqual({ ok: true, value: 0 });
    expect((await db.episodes.get('a'))?.severity).toBe(7);
    expect(await db.episodes.count()).toBe(2);
  });

  it('changes nothing when a write fails part-way (one transaction)', async () => {
    const kept = buildEpisode({ id: 'kept' });
    await db.episodes.put(kept);
    const backup = createBackup(
      { ...(await exportBackup('0.1.0')).tables, episodes: [buildEpisode({ id: 'new' })] },
      '0.1.0',
      testClock.now,
    );
    vi.spyOn(db.table('checkins'), 'bulkPut').mockRejectedValueOnce(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    const result = await restoreBackup(backup, 'replace');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors._form).toMatch(/Nothing was restored.*storage is full/);
    expect(await db.episodes.toArray()).toEqual([kept]);
  });
});

describe('passphrase encryption', () => {
  it('opens with the right passphrase and refuses a wrong one', async () => {
    const json = JSON.stringify({ hello: 'back' });
    const file = JSON.stringify(await encryptBackup(json, 'correct horse'));
    expect(isEncryptedBackup(file)).toBe(true);
    expect(file).not.toContain('hello');
    expect(await decryptBackup(file, 'correct horse')).toEqual({ ok: true, value: json });
    const wrong = await decryptBackup(file, 'wrong horse');
    expect(!wrong.ok && wrong.errors._form).toMatch(/passphrase doesn't open this backup/);
  });
});
