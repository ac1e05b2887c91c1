import { defaultSettings, SETTINGS_ID, settingsSchema, type Settings } from '../../domain/settings';
import type { Reads } from '../reads';

// The settings' read, shared by every screen (Today's first read, live queries, saves).

/** The stored settings, or the defaults when none are saved yet. */
export async function readSettings(reads: Reads, now: string): Promise<Settings> {
  // One small record: parsed in full, so a damaged one falls back to the defaults.
  const parsed = settingsSchema.safeParse(await reads.get('settings', SETTINGS_ID));
  // Until the person changes something, defaults apply without writing anything.
  return parsed.success ? parsed.data : defaultSettings(now);
}
