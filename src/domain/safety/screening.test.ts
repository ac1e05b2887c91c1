import { describe, expect, it } from 'vitest';
import { checkScreening, screeningOutcomeLabels, screeningOutcomes } from './screening';
import { buildScreening, errorsOf, testClock } from '../../../tests/support/domain/test-builders';

describe('checkScreening', () => {
  it('accepts a completed check, with or without a doctor visit', () => {
    expect(checkScreening(buildScreening(), testClock).ok).toBe(true);
    expect(
      checkScreening(
        buildScreening({ outcome: 'see-doctor-soon', seenDoctorOn: '2026-11-25' }),
        testClock,
      ).ok,
    ).toBe(true);
  });

  it('rejects a check time and doctor visit in the future', () => {
    const input = buildScreening({
      takenAt: '2026-11-25T13:00:00.000Z',
      seenDoctorOn: '2026-11-30',
    });
    expect(errorsOf(checkScreening(input, testClock))).toEqual({
      takenAt: "Check time can't be in the future",
      seenDoctorOn: "The date you saw a doctor can't be in the future",
    });
  });

  it('rejects answers that are not yes or no, and an unknown outcome', () => {
    const input = { ...buildScreening(), answers: { 'night-pain': 'sometimes' }, outcome: 'maybe' };
    expect(errorsOf(checkScreening(input, testClock))).toEqual({
      'answers.night-pain': 'Answer each question yes or no',
      outcome: 'Choose an outcome from the list',
    });
  });

  it('labels every outcome', () => {
    expect(Object.keys(screeningOutcomeLabels).sort()).toEqual([...screeningOutcomes].sort());
  });
});
