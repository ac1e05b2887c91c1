import { daysBetween } from '../episodes';

/**
 * The days, counted from the first day of the oldest week not yet reviewed, on which a reminder
 * says the weekly review is due (docs/domain.md §5b rule 10: at most two, on days 8 and 11). Day 7
 * is the week's end, when the review runs by itself as soon as the app opens; the reminders are for
 * someone who has not opened it since.
 */
export const REVIEW_REMINDER_DAYS: readonly number[] = [8, 11];

/**
 * Whether `today` is a day to remind that the weekly review is due: notifications are on, and
 * today is day 8 or 11 of `nextWeekOf`, the oldest week not yet reviewed. Counting from the oldest
 * week keeps it to two reminders however many weeks go by unreviewed (they are caught up in one
 * summary). Days are 'YYYY-MM-DD'; the caller passes today.
 */
export function reviewReminderDue(
  nextWeekOf: string,
  today: string,
  notificationsOn: boolean,
): boolean {
  return notificationsOn && REVIEW_REMINDER_DAYS.includes(daysBetween(nextWeekOf, today));
}
