import { checkHardActivities } from '../../domain/guide';
import type { FieldErrors } from '../../domain/common';
import { saveSettings } from '../settings/settings-queries';

/**
 * Saves the person's hard activities (the patient-specific scale's 3 to 5) after checking them;
 * resolves to messages per field ("hardActivities", "hardActivities.N"), or null once saved.
 */
export async function saveHardActivities(list: readonly string[]): Promise<FieldErrors | null> {
  const checked = checkHardActivities(list);
  if (!checked.ok) return checked.errors;
  const saved = await saveSettings({ hardActivities: checked.value });
  return saved.ok ? null : saved.errors;
}
