import { useEffect } from 'react';
import { useTrainingDays } from '../../data/guide-queries';
import { useSettings } from '../../data/settings/settings-queries';
import { notify } from './notifications';

const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

/** Milliseconds from `now` until today's `time` ('HH:MM'), or null when it has passed. */
export function msUntil(time: string, now: Date): number | null {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const due = new Date(now);
  due.setHours(hours, minutes, 0, 0);
  const wait = due.getTime() - now.getTime();
  return wait >= 0 && wait < MAX_WAIT_MS ? wait : null;
}

/**
 * While the app is open, shows today's reminders at their times (sessions only on training days).
 * Call once from the shell. Nothing fires when the app is closed: the calendar file covers that.
 */
export function useReminderNotifications() {
  const reminders = useSettings()?.reminders;
  const trainingDays = useTrainingDays();
  const checkinTime = reminders?.checkinTime;
  const sessionTime = reminders?.sessionTime;
  const days = trainingDays?.join(',') ?? '';

  useEffect(() => {
    const now = new Date();
    const timers: ReturnType<typeof setTimeout>[] = [];
    const schedule = (time: string | undefined, title: string, body: string) => {
      const wait = time ? msUntil(time, now) : null;
      if (wait !== null) timers.push(setTimeout(() => void notify(title, body), wait));
    };
    schedule(checkinTime, 'Steadyback check-in', 'How is your back today? It takes a minute.');
    if (days.split(',').includes(String(now.getDay()))) {
      schedule(sessionTime, 'Steadyback session', "Today is a training day: see today's session.");
    }
    return () => {
      timers.forEach(clearTimeout);
    };
  }, [checkinTime, sessionTime, days]);
}
