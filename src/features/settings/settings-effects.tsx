import { useApplyTheme } from './use-apply-theme';
import { useReminderNotifications } from './use-reminder-notifications';
import { useReviewReminder } from './use-review-reminder';

/**
 * The settings that act on the whole app: the theme, and reminders while the app is open. Renders
 * nothing. The shell loads it lazily (it reads IndexedDB, which stays out of the entry chunk).
 */
export function SettingsEffects() {
  useApplyTheme();
  useReminderNotifications();
  useReviewReminder();
  return null;
}
