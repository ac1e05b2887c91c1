import { useLiveQuery } from 'dexie-react-hooks';
import { checkSettings, type Settings } from '../../domain/settings';
import type { Clock, Validation } from '../../domain/common';
import { systemClock } from '../clock';
import { db } from '../db';
import { dexieReads } from '../dexie-reads';
import { putChecked, stamped } from '../repository';
import { storageFailure } from '../storage-errors';
import { readSettings } from './settings-reads';

/** The person's settings, live; defaults until first saved; undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(dexieReads, systemClock().now));
}

/**
 * Saves a change to the settings, validated as a whole. The read and the write share a transaction
 * and the revision rises, so two tabs changing different settings never undo each other.
 */
export async function saveSettings(
  changes: Partial<Omit<Settings, 'id' | 'createdAt' | 'updatedAt' | 'revision'>>,
  clock: Clock = systemClock(),
): Promise<Validation<Settings>> {
  try {
    return await db.transaction('rw', db.settings, async () => {
      const current = await readSettings(dexieReads, clock.now);
      return putChecked(
        db.settings,
        checkSettings,
        stamped({ ...current, ...changes }, current, clock),
        clock,
      );
    });
  } catch (error) {
    return { ok: false, errors: storageFailure(error) };
  }
}
