import { describe, expect, it } from 'vitest';
import { checkCheckin } from './checkin';
import { buildCheckin, errorsOf, testClock } from '../../../tests/support/domain/test-builders';

describe('checkCheckin', () => {
  it('accepts a check-in for today or an earlier day', () => {
    expect(checkCheckin(buildCheckin(), testClock).ok).toBe(true);
    expect(
      checkCheckin(buildCheckin({ day: '2026-11-01', morningAfterSession: undefined }), testClock)
        .ok,
    ).toBe(true);
  });

  it('rejects a day after today', () => {
    expect(errorsOf(checkCheckin(buildCheckin({ day: '2026-11-26' }), testClock))).toEqual({
      day: "Check-in date can't be in the future",
    });
  });

  it('rejects an impossible date', () => {
    expect(errorsOf(checkCheckin(buildCheckin({ day: '2026-02-30' }), testClock))).toEqual({
      day: 'Check-in date must be a valid date',
    });
  });

  it('rejects back pain outside 0-10', () => {
    for (const backPain of [-1, 11, 3.5]) {
      expect(errorsOf(checkCheckin(buildCheckin({ backPain }), testClock))).toEqual({
        backPain: 'Back pain must be a whole number from 0 to 10',
      });
    }
  });

  it('rejects duplicate or too many activities', () => {
    expect(
      errorsOf(
        checkCheckin(buildCheckin({ activityIds: ['cat-gardening', 'cat-gardening'] }), testClock),
      ),
    ).toEqual({
      activityIds: 'Each activity can only be chosen once',
    });
    const many = Array.from({ length: 51 }, (_, index) => `activity-${index}`);
    expect(errorsOf(checkCheckin(buildCheckin({ activityIds: many }), testClock))).toEqual({
      activityIds: 'Choose at most 50 activities',
    });
  });

  it('rejects an unknown morning response and too-long notes', () => {
    const input = { ...buildCheckin(), morningAfterSession: 'awful', notes: 'n'.repeat(501) };
    expect(errorsOf(checkCheckin(input, testClock))).toEqual({
      morningAfterSession: 'Choose better, same or worse than usual',
      notes: 'Notes can be at most 500 characters',
    });
  });
});
