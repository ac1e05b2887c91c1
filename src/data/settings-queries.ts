import { useLiveQuery } from 'dexie-react-hooks';
import {
  checkSettings,
  defaultSettings,
  SETTINGS_ID,
  settingsSchema,
  type Settings,
} from '../domain/settings';
import type { Clock, Validation } from '../domain/validation';
import { systemClock } from './clock';
import { db } from './db';
import { storageFailure } from './storage-errors';

/** The stored settings, or the defaults when none are saved yet. */
export async function readSettings(now: string): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await db.settings.get(SETTINGS_ID));
  // Until the person changes something, defaults apply without writing anything.
  return parsed.success ? parsed.data : defaultSettings(now);
}

/** The person's settings, live; defaults until first saved; undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(systemClock().now));
}

/** Saves a change to the settings, validated as a whole. */
export async function saveSettings(
  changes: Partial<Omit<Settings, 'id' | 'createdAt' | 'updatedAt'>>,
  clock: Clock = systemClock(),
): Promise<Validation<Settings>> {
  const checked = checkSettings(
    { ...(await readSettings(clock.now)), ...changes, updatedAt: clock.now },
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
