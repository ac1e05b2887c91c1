// The morning after a week's last session is the next week's first morning: its answer may come
// before or after that week's review, and is never lost. Monday, Wednesday and Sunday sessions,
// the week of Monday 5 January 2026; Sunday's morning-after answer is on Monday 12 January.
import { describe, expect, it } from 'vitest';
import { defaultPrescription } from '../exercises';
import {
  FIRST_WEEK,
  buildOneExercisePlan,
  trainingWeek,
  utcDayOf,
} from '../../../tests/support/domain/plan-test-builders';
import { askMorningFirst } from './review-history';
import { reviewWeek, type WeekReview } from './weekly-review';

const plan = buildOneExercisePlan(defaultPrescription('glute-bridge')!, {
  trainingDays: [1, 3, 0],
});
const NEXT_WEEK = '2026-01-12';
const records = trainingWeek(plan, FIRST_WEEK, { worseAfter: 6 });
const mondayAnswer = records.checkins.find((c) => c.day === NEXT_WEEK)!;
const earlierAnswers = records.checkins.filter((c) => c.day !== NEXT_WEEK);

/** The review of the week after, with Monday's answer and nothing else logged. */
const nextWeek = (first: WeekReview) =>
  reviewWeek({
    plan: first.plan,
    weekOf: NEXT_WEEK,
    sessions: [],
    sets: [],
    checkins: [mondayAnswer],
    episodes: [],
    dayOf: utcDayOf,
    previous: first.change,
  });

describe('a worse morning after the week’s last session', () => {
  it('is not lost when it comes after the review: the next review steps back for it', () => {
    expect(mondayAnswer.morningAfterSession).toBe('worse');
    const first = reviewWeek({
      plan,
      weekOf: FIRST_WEEK,
      ...records,
      checkins: earlierAnswers,
      dayOf: utcDayOf,
    });
    expect(first.status).toBe('good');
    expect(first.decisions[0]!.action).toBe('progress');

    const second = nextWeek(first);
    expect(second.status).toBe('flare');
    expect(second.decisions[0]).toMatchObject({
      action: 'step-back',
      reason: 'flare-morning-worse',
    });
    expect(second.decisions[0]!.sentence).toBe(
      "Stepped back to 2 sets of 7, 6 (24 % less): your back was worse than usual on Monday morning, after Sunday's session. Flare mode is on: no steps up until a calm week has passed.",
    );
    expect(second.plan).toMatchObject({ flareMode: true, flareSince: '2026-01-11' });
  });

  it('steps back once when it comes before the review, and keeps flare mode on a week', () => {
    const first = reviewWeek({ plan, weekOf: FIRST_WEEK, ...records, dayOf: utcDayOf });
    expect(first.status).toBe('flare');
    expect(first.decisions[0]).toMatchObject({
      action: 'step-back',
      reason: 'flare-morning-worse',
    });
    const second = nextWeek(first);
    // The same answer is a morning of this week too: not a calm week, but no second step back.
    expect(second.status).toBe('flare');
    expect(second.decisions[0]).toMatchObject({ action: 'hold', reason: 'flare-mode' });
    expect(second.plan.exercises).toEqual(first.plan.exercises);
    expect(second.decisions[0]!.sentence).toBe(
      'Kept light at 2 × 6: your back was worse than usual on Monday morning, so flare mode stays on.',
    );
    const third = reviewWeek({
      plan: second.plan,
      weekOf: '2026-01-19',
      ...trainingWeek(second.plan, '2026-01-19'),
      dayOf: utcDayOf,
    });
    expect(third.status).toBe('calm');
  });
});

describe('askMorningFirst', () => {
  const due = [FIRST_WEEK];
  it('asks on the morning after the week ends, after a session yesterday, until answered', () => {
    expect(askMorningFirst(due, NEXT_WEEK, true, false)).toBe(true);
    expect(askMorningFirst(due, NEXT_WEEK, true, true)).toBe(false);
    expect(askMorningFirst(due, NEXT_WEEK, false, false)).toBe(false);
    // A day later, or with no review due, the question is the check-in's alone.
    expect(askMorningFirst(due, '2026-01-13', true, false)).toBe(false);
    expect(askMorningFirst([], NEXT_WEEK, true, false)).toBe(false);
    // Catching up on weeks away: only the last week due can end yesterday.
    expect(askMorningFirst(['2025-12-29', FIRST_WEEK], NEXT_WEEK, true, false)).toBe(true);
  });
});
