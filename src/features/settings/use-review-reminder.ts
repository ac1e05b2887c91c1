import { useEffect } from 'react';
import { dayOfInstant } from '../../data/clock';
import { useCurrentPlan, useLastReview } from '../../data/plan/plan-queries';
import { useSettings } from '../../data/settings/settings-queries';
import { nextReviewWeek } from '../../domain/progression';
import { reviewReminderDue } from '../../domain/review';
import { notificationState, notify } from './notifications';
import { msUntil } from './use-reminder-notifications';

/**
 * While the app is open, on days 8 and 11 of a week not yet reviewed (docs/domain.md §5b rule 10),
 * says the weekly review is due, at the check-in reminder's time (else the session's). Reminders
 * off (no time set) or notifications not allowed: nothing.
 */
export function useReviewReminder() {
  const plan = useCurrentPlan();
  const last = useLastReview();
  const settings = useSettings();
  const time = settings?.reminders.checkinTime ?? settings?.reminders.sessionTime;
  const weekStartsOn = settings?.weekStartsOn;
  const next =
    plan && last !== undefined && weekStartsOn !== undefined
      ? nextReviewWeek(dayOfInstant(plan.createdAt), weekStartsOn, last?.weekOf)
      : undefined;

  useEffect(() => {
    if (next === undefined || time === undefined) return;
    const now = new Date();
    const on = notificationState() === 'granted';
    if (!reviewReminderDue(next, dayOfInstant(now.toISOString()), on)) return;
    const wait = msUntil(time, now);
    if (wait === null) return;
    const timer = setTimeout(() => {
      void notify(
        'Steadyback weekly review',
        "Your weekly review is due: open Steadyback and it sets next week's exercises.",
      );
    }, wait);
    return () => {
      clearTimeout(timer);
    };
  }, [next, time]);
}
