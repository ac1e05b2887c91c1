import { useState } from 'react';
import type { Settings } from '../../domain/settings';
import { FORM_ERROR_KEY } from '../../domain/common';
import { saveReminderTime } from '../../data/settings/reminder-settings';
import { calendarEvents, offerCalendarFile } from './calendar-file';
import { askForNotifications, notificationState, type NotificationState } from './notifications';
import { ReminderField } from './reminder-field';

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const stateText: Record<NotificationState, string> = {
  unsupported: 'This browser cannot show reminders. Use the calendar file below instead.',
  default: 'Steadyback will ask to show notifications when you turn a reminder on.',
  granted: 'Notifications are allowed.',
  denied:
    'Notifications are blocked for Steadyback in your browser settings. The calendar file below works instead.',
};

type RemindersSettingProps = { settings: Settings; trainingDays: readonly number[] };

/** Reminder times for the check-in and sessions, notifications where possible, and a calendar file. */
export function RemindersSetting({ settings, trainingDays }: RemindersSettingProps) {
  const [permission, setPermission] = useState(notificationState);
  const [fileMessage, setFileMessage] = useState('');
  const { reminders } = settings;

  const save = (field: 'checkinTime' | 'sessionTime') => async (time: string | undefined) => {
    const turningOn = reminders[field] === undefined && time !== undefined;
    const result = await saveReminderTime(field, time);
    if (!result.ok) {
      const message = result.errors[`reminders.${field}`] ?? result.errors[FORM_ERROR_KEY];
      return { [`reminders.${field}`]: message ?? 'This could not be saved. Try again.' };
    }
    // The one moment asking makes sense: the person has just asked to be reminded.
    if (turningOn) setPermission(await askForNotifications());
    return null;
  };

  async function download() {
    try {
      const how = await offerCalendarFile(reminders, trainingDays);
      setFileMessage(how === 'shared' ? 'Calendar file shared.' : 'Calendar file downloaded.');
    } catch {
      setFileMessage('The calendar file was not saved.');
    }
  }

  const days = trainingDays.map((d) => dayNames[d]).join(', ');
  const hasEvents = calendarEvents(reminders, trainingDays).length > 0;

  return (
    <section className="card settings-group" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <ReminderField
        field="checkinTime"
        toggleLabel="Remind me to check in every day"
        timeLabel="Check-in reminder time"
        time={reminders.checkinTime}
        defaultTime="20:00"
        onSave={save('checkinTime')}
      />
      <ReminderField
        field="sessionTime"
        toggleLabel="Remind me on training days"
        timeLabel="Session reminder time"
        time={reminders.sessionTime}
        defaultTime="18:00"
        onSave={save('sessionTime')}
      />
      <p className="muted">
        {days
          ? `Your training days: ${days}.`
          : 'Choose your training days on the Plan screen to get session reminders.'}
      </p>
      <p>{stateText[permission]}</p>
      <p>
        Steadyback works without the internet and has no server, so it can only remind you while it
        is open or was used recently. For reminders that always arrive, add them to your calendar.
      </p>
      {hasEvents ? (
        <p>
          <button type="button" className="button" onClick={() => void download()}>
            Download calendar file
          </button>
        </p>
      ) : (
        <p className="muted">Turn on a reminder to make a calendar file.</p>
      )}
      <p role="status">{fileMessage}</p>
    </section>
  );
}
