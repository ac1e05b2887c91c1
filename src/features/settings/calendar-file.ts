import { calendarFile, reminderEvents } from '../../domain/guide';
import type { Settings } from '../../domain/settings';
import { systemClock } from '../../data/clock';
import { saveFile } from '../../ui/save-file';

export const CALENDAR_FILE_NAME = 'steadyback-reminders.ics';

/** The reminders as calendar events, starting today on this device. */
export function calendarEvents(reminders: Settings['reminders'], trainingDays: readonly number[]) {
  return reminderEvents({ ...reminders, trainingDays, today: systemClock().today });
}

/** Builds the .ics file of the reminders and offers it (share sheet or download). */
export async function offerCalendarFile(
  reminders: Settings['reminders'],
  trainingDays: readonly number[],
) {
  const text = calendarFile(calendarEvents(reminders, trainingDays), systemClock().now);
  return saveFile(new File([text], CALENDAR_FILE_NAME, { type: 'text/calendar' }));
}
