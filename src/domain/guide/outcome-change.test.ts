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
  it('marks changes of 2 points or more as meaningful, week on week', () => {
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
    expect(weeks[2]).toMatchObject({ painChange: -2, painMeaningful: true });
    expect(weeks[1]).toMatchObject({ painChange: 1, painMeaningful: false });
    expect(weeks[3]).toMatchObject({ activityChange: 2, activityMeaningful: true });
    expect(weeks[2]?.activityMeaningful).toBe(false);
  });

  it('compares the first and latest weeks overall', () => {
    const change = overallChange([rated('2026-11-02', 6, [2, 3]), rated('2026-11-23', 5, [5, 6])]);
    expect(change).toMatchObject({ pain: -1, activities: 3, activitiesMeaningful: true });
    expect(overallChange([rated('2026-11-02', 6, [2])])).toBeNull();
  });

  it('flags a change exactly when it is at least 2 points either way', () => {
    const score = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 12 }), (pains) => {
        const outcomes = pains.map((pain, i) =>
          rated(`2026-${String(i + 1).padStart(2, '0')}-01`, pain, [pain]),
        );
        const weeks = outcomeWeeks(outcomes);
        weeks.forEach((week, i) => {
          const change = i === 0 ? null : pains[i]! - pains[i - 1]!;
          expect(week.painChange).toBe(change);
          expect(week.painMeaningful).toBe(change !== null && Math.abs(change) >= 2);
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
