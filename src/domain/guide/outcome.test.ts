import { describe, expect, it } from 'vitest';
import { checkOutcome } from './outcome';
import { buildOutcome, errorsOf, testClock } from '../../../tests/support/domain/test-builders';

describe('checkOutcome', () => {
  it('accepts a weekly outcome, including one with no activities yet', () => {
    expect(checkOutcome(buildOutcome(), testClock).ok).toBe(true);
    expect(checkOutcome(buildOutcome({ activityRatings: [] }), testClock).ok).toBe(true);
  });

  it('rejects a week in the future', () => {
    expect(errorsOf(checkOutcome(buildOutcome({ weekOf: '2026-11-30' }), testClock))).toEqual({
      weekOf: "Week can't be in the future",
    });
  });

  it('rejects more than five rated activities', () => {
    const activityRatings = Array.from({ length: 6 }, (_, index) => ({
      activity: `Task ${index}`,
      rating: 5,
    }));
    expect(errorsOf(checkOutcome(buildOutcome({ activityRatings }), testClock))).toEqual({
      activityRatings: 'Rate at most 5 activities',
    });
  });

  it('rejects a blank activity, a long one and a bad rating', () => {
    const activityRatings = [
      { activity: ' ', rating: 4 },
      { activity: 'x'.repeat(81), rating: 4 },
      { activity: 'Gardening', rating: 10.5 },
    ];
    expect(
      errorsOf(checkOutcome(buildOutcome({ activityRatings, backPain: -1 }), testClock)),
    ).toEqual({
      'activityRatings.0.activity': 'Enter the activity',
      'activityRatings.1.activity': 'Activity can be at most 80 characters',
      'activityRatings.2.rating': 'Rating must be a whole number from 0 to 10',
      backPain: 'Back pain must be a whole number from 0 to 10',
    });
  });
});
