import { useLiveQuery } from 'dexie-react-hooks';
import { checkSettings, type Settings } from '../domain/settings';
import type { Clock, Validation } from '../domain/common';
import { systemClock } from './clock';
import { db } from './db';
import { dexieReads } from './dexie-reads';
import { storageFailure } from './storage-errors';
import { readSettings } from './today-reads';

/** The person's settings, live; defaults until first saved; undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(dexieReads, systemClock().now));
}

/** Saves a change to the settings, validated as a whole. */
export async function saveSettings(
  changes: Partial<Omit<Settings, 'id' | 'createdAt' | 'updatedAt'>>,
  clock: Clock = systemClock(),
): Promise<Validation<Settings>> {
  const checked = checkSettings(
    { ...(await readSettings(dexieReads, clock.now)), ...changes, updatedAt: clock.now },
    clock,
  );
  if (!checked.ok) return checked;
  try {
    await db.settings.put(checked.value);
    return checked;
  } catch (error) {
    return { ok: false, errors: storageFailure(error) };
  }
}
