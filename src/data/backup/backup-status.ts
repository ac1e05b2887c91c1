import { systemClock } from '../clock';
import { saveSettings } from '../settings/settings-queries';

/** Remembers that a backup file was just made. */
export function recordBackupMade(now = systemClock().now) {
  return saveSettings({ lastBackupAt: now });
}
