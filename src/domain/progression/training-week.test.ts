import { describe, expect, it } from 'vitest';
import {
  firstReviewWeek,
  nextReviewWeek,
  nextTrainingDay,
  weekConsistency,
  weekSchedule,
} from './training-week';

// Monday 16 November 2026 to Sunday 22 November; training Monday, Wednesday, Friday.
const plan = { daysPerWeek: 3, trainingDays: [1, 3, 5], flareMode: false };

describe('the week on the Plan tab', () => {
  it("lists today's session first, then the rest of the week with what was done or missed", () => {
    const week = weekSchedule(plan, '2026-11-16', '2026-11-18', ['2026-11-17']);
    expect(week).toEqual([
      { day: '2026-11-18', status: 'today', planned: true },
      { day: '2026-11-16', status: 'missed', planned: true },
      { day: '2026-11-17', status: 'done', planned: false },
      { day: '2026-11-20', status: 'upcoming', planned: true },
    ]);
  });

  it('never marks days before the plan began as missed (a plan set up on a Saturday)', () => {
    const week = weekSchedule(plan, '2026-11-16', '2026-11-21', [], '2026-11-21');
    expect(week).toEqual([]);
    const next = weekSchedule(plan, '2026-11-16', '2026-11-19', ['2026-11-17'], '2026-11-18');
    expect(next).toEqual([
      { day: '2026-11-17', status: 'done', planned: false },
      { day: '2026-11-18', status: 'missed', planned: true },
      { day: '2026-11-20', status: 'upcoming', planned: true },
    ]);
  });

  it('names the next training day after a rest day', () => {
    expect(nextTrainingDay(plan, '2026-11-20')).toBe('2026-11-23');
    expect(nextTrainingDay({ daysPerWeek: 2 }, '2026-11-16')).toBe('2026-11-18');
  });
});

describe('which week a review covers', () => {
  it('starts with the week the plan began on its first day, else the next full week', () => {
    expect(firstReviewWeek('2026-11-16', 1)).toBe('2026-11-16');
    expect(firstReviewWeek('2026-11-18', 1)).toBe('2026-11-23');
    expect(firstReviewWeek('2026-11-22', 0)).toBe('2026-11-22');
  });

  it('then follows the last week reviewed', () => {
    expect(nextReviewWeek('2026-11-18', 1, '2026-11-23')).toBe('2026-11-30');
  });
});

describe('consistency this week', () => {
  it('counts sessions done of those planned, never more than planned', () => {
    expect(weekConsistency(plan, 4).sentence).toBe('3 of 3 sessions done this week.');
  });

  it('never holds missed sessions against the person in flare mode', () => {
    expect(weekConsistency({ ...plan, flareMode: true }, 1).sentence).toMatch(
      /^Flare mode: 1 light session this week\. Missed sessions don't count against you/,
    );
  });
});
