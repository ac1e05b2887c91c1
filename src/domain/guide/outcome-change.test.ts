import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activityAverage,
  activityChange,
  checkHardActivities,
  outcomeWeeks,
  overallChange,
} from './outcome-change';
import { buildOutcome } from '../../../tests/support/domain/test-builders';

const rated = (weekOf: string, backPain: number, ratings: number[]) =>
  buildOutcome({
    weekOf,
    backPain,
    activityRatings: ratings.map((rating, i) => ({ activity: `Activity ${i + 1}`, rating })),
  });

describe('activity average and change', () => {
  it('averages the ratings, null without any', () => {
    expect(activityAverage(rated('2026-11-23', 3, [4, 6, 8]))).toBe(6);
    expect(activityAverage(rated('2026-11-23', 3, []))).toBeNull();
  });

  it('compares only activities rated both weeks, ignoring case', () => {
    const before = buildOutcome({
      activityRatings: [
        { activity: 'Lifting a case of water', rating: 2 },
        { activity: 'Gardening', rating: 5 },
      ],
    });
    const after = buildOutcome({
      activityRatings: [
        { activity: 'lifting a case of water ', rating: 5 },
        { activity: 'Bending over the crib', rating: 9 },
      ],
    });
    expect(activityChange(before, after)).toBe(3);
    expect(activityChange(before, { activityRatings: [] })).toBeNull();
  });
});

describe('outcomeWeeks', () => {
  it('shows week-on-week changes but marks only the latest week, judged against the first', () => {
    const weeks = outcomeWeeks([
      rated('2026-11-16', 5, [3, 4, 5]),
      rated('2026-11-02', 6, [2, 3, 4]),
      rated('2026-11-09', 7, [3, 3, 5]),
      rated('2026-11-23', 5, [5, 6, 7]),
    ]);
    expect(weeks.map((w) => w.weekOf)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(weeks[0]).toMatchObject({ painChange: null, painMeaningful: false });
    // A 2-point drop from one week to the next is shown, not called a meaningful change.
    expect(weeks[2]).toMatchObject({ painChange: -2, painMeaningful: false });
    expect(weeks[1]).toMatchObject({ painChange: 1, painMeaningful: false });
    // Against the first week, the 3 weeks after it average -0.3 (pain) and +1.6 (activities).
    expect(weeks[3]).toMatchObject({ activityChange: 2, activityMeaningful: false });
  });

  it('averages the latest 4 weeks against the first week', () => {
    const change = overallChange([
      rated('2026-10-05', 8, [2, 2, 2]),
      rated('2026-10-12', 3, [6, 6, 6]), // one good week, long before the latest four
      rated('2026-10-19', 7, [3, 3, 3]),
      rated('2026-10-26', 6, [4, 4, 4]),
      rated('2026-11-02', 6, [4, 4, 4]),
      rated('2026-11-09', 5, [5, 5, 5]),
    ]);
    expect(change).toMatchObject({
      from: '2026-10-05',
      recentFrom: '2026-10-19',
      to: '2026-11-09',
      weeksAveraged: 4,
      pain: -2,
      activities: 2,
      painMeaningful: true,
      activitiesMeaningful: true,
    });
    const weeks = outcomeWeeks([rated('2026-10-05', 8, [2]), rated('2026-10-12', 3, [7])]);
    expect(weeks[1]).toMatchObject({ painMeaningful: true, activityMeaningful: true });
    expect(overallChange([rated('2026-11-02', 6, [2])])).toBeNull();
  });

  it('never rings a week but the latest, and rings it exactly when the baseline rule holds', () => {
    const score = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 12 }), (pains) => {
        const outcomes = pains.map((pain, i) =>
          rated(`2026-${String(i + 1).padStart(2, '0')}-01`, pain, [pain]),
        );
        const weeks = outcomeWeeks(outcomes);
        const recent = pains.slice(1).slice(-4);
        const change =
          recent.length === 0
            ? null
            : recent.reduce((a, b) => a + b, 0) / recent.length - pains[0]!;
        weeks.forEach((week, i) => {
          expect(week.painChange).toBe(i === 0 ? null : pains[i]! - pains[i - 1]!);
          const last = i === weeks.length - 1;
          expect(week.painMeaningful).toBe(last && change !== null && Math.abs(change) >= 2 - 1e-9);
          expect(week.activityMeaningful).toBe(week.painMeaningful);
        });
      }),
    );
  });
});

describe('checkHardActivities', () => {
  it('accepts 3 to 5 activities, trimmed, dropping blanks', () => {
    expect(
      checkHardActivities([' Lifting a case of water ', '', 'Gardening', 'Vacuuming']),
    ).toEqual({
      ok: true,
      value: ['Lifting a case of water', 'Gardening', 'Vacuuming'],
    });
  });

  it('asks for 3 to 5 and refuses a repeat at the field', () => {
    expect(checkHardActivities(['Gardening', 'gardening', ''])).toEqual({
      ok: false,
      errors: {
        hardActivities: 'Name 3 to 5 activities you find hard because of your back',
        'hardActivities.1': 'This activity is already on the list',
      },
    });
    expect(checkHardActivities(['a', 'b', 'c', 'd', 'e', 'f']).ok).toBe(false);
  });
});
