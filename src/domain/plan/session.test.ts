import { describe, expect, it } from 'vitest';
import { checkExerciseSet, checkSession } from './session';
import {
  buildExerciseSet,
  buildSession,
  errorsOf,
  testClock,
} from '../../../tests/support/domain/test-builders';

describe('checkSession', () => {
  it('accepts a finished session and one not yet timed', () => {
    expect(checkSession(buildSession(), testClock).ok).toBe(true);
    expect(
      checkSession(buildSession({ startedAt: undefined, completedAt: undefined }), testClock).ok,
    ).toBe(true);
  });

  it('rejects a finish before the start', () => {
    expect(
      errorsOf(checkSession(buildSession({ completedAt: '2026-11-25T06:59:00.000Z' }), testClock)),
    ).toEqual({
      completedAt: 'Finish time must be after the start time',
    });
  });

  it('rejects a day or times in the future', () => {
    const input = buildSession({
      day: '2026-11-26',
      startedAt: '2026-11-26T07:00:00.000Z',
      completedAt: '2026-11-26T07:30:00.000Z',
    });
    expect(errorsOf(checkSession(input, testClock))).toEqual({
      day: "Session date can't be in the future",
      startedAt: "Start time can't be in the future",
      completedAt: "Finish time can't be in the future",
    });
  });

  it('rejects too-long notes', () => {
    expect(errorsOf(checkSession(buildSession({ notes: 'x'.repeat(501) }), testClock))).toEqual({
      notes: 'Notes can be at most 500 characters',
    });
  });
});

describe('checkExerciseSet', () => {
  it('accepts a set, including a hold and a load', () => {
    expect(checkExerciseSet(buildExerciseSet({ holdSeconds: 0, loadKg: 7.5 }), testClock).ok).toBe(
      true,
    );
  });

  it('rejects out-of-range numbers with fix-it messages', () => {
    const input = buildExerciseSet({
      setNumber: 21,
      reps: -1,
      painDuring: 11,
      holdSeconds: 601,
      loadKg: 501,
    });
    expect(errorsOf(checkExerciseSet(input, testClock))).toEqual({
      setNumber: 'Set number must be a whole number from 1 to 20',
      reps: 'Reps must be a whole number from 0 to 500',
      painDuring: 'Pain during the set must be a whole number from 0 to 10',
      holdSeconds: 'Hold must be a whole number of seconds from 0 to 600',
      loadKg: 'Load must be 500 kg or less',
    });
  });

  it('rejects an unknown effort and a missing session id', () => {
    const input = { ...buildExerciseSet(), effort: 'very hard', sessionId: '' };
    expect(errorsOf(checkExerciseSet(input, testClock))).toEqual({
      effort: 'Choose easy, moderate or hard',
      sessionId: 'The id is missing',
    });
  });
});
