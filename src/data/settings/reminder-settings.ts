import { defaultSettings, SETTINGS_ID, settingsSchema, type Settings } from '../../domain/settings';
import type { Validation } from '../../domain/common';
import { systemClock } from '../clock';
import { db } from '../db';
import { saveSettings } from './settings-queries';

export type ReminderField = keyof Settings['reminders'];

/**
 * Sets one reminder's time (undefined turns it off), merged with the other reminder as stored at
 * that moment, in one transaction: two quick changes can never undo each other.
 */
export async function saveReminderTime(
  field: ReminderField,
  time: string | undefined,
): Promise<Validation<Settings>> {
  const clock = systemClock();
  return db.transaction('rw', db.settings, async () => {
    const parsed = settingsSchema.safeParse(await db.settings.get(SETTINGS_ID));
    const { reminders } = parsed.success ? parsed.data : defaultSettings(clock.now);
    return saveSettings({ reminders: { ...reminders, [field]: time } }, clock);
  });
}
