import { describe, expect, it } from 'vitest';
import { addDays } from '../episodes';
import { reviewReminderDue } from './review-reminders';

const week = '2026-03-02';

describe('reminders that the weekly review is due (docs/domain.md §5b rule 10)', () => {
  it('reminds on days 8 and 11 of the oldest week not reviewed, and on no other day', () => {
    const days = Array.from({ length: 60 }, (_, i) => i).filter((i) =>
      reviewReminderDue(week, addDays(week, i), true),
    );
    expect(days).toEqual([8, 11]);
  });

  it('never reminds with notifications off', () => {
    expect(reviewReminderDue(week, addDays(week, 8), false)).toBe(false);
    expect(reviewReminderDue(week, addDays(week, 11), false)).toBe(false);
  });

  it('does not remind on the day the week ends: the review runs by itself when the app opens', () => {
    expect(reviewReminderDue(week, addDays(week, 7), true)).toBe(false);
  });

  it('stays at two reminders when weeks go by unreviewed (no day 15 or 18)', () => {
    expect(reviewReminderDue(week, addDays(week, 15), true)).toBe(false);
    expect(reviewReminderDue(week, addDays(week, 18), true)).toBe(false);
  });
});
