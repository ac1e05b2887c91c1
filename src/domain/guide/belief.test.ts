import { describe, expect, it } from 'vitest';
import { checkBelief, checkExperiment } from './belief';
import {
  buildBelief,
  buildExperiment,
  errorsOf,
  testClock,
} from '../../../tests/support/domain/test-builders';

describe('checkBelief', () => {
  it('accepts a full entry and a bare one', () => {
    expect(checkBelief(buildBelief(), testClock).ok).toBe(true);
    const bare = buildBelief({
      situation: undefined,
      evidenceFor: undefined,
      evidenceAgainst: undefined,
      alternative: undefined,
      reRatings: [],
    });
    expect(checkBelief(bare, testClock).ok).toBe(true);
  });

  it('rejects a blank belief and a strength outside 0-100', () => {
    expect(errorsOf(checkBelief(buildBelief({ belief: '  ', strength: 101 }), testClock))).toEqual({
      belief: 'Enter the belief',
      strength: 'Belief strength must be a whole number from 0 to 100',
    });
  });

  it('rejects too-long text fields', () => {
    const input = buildBelief({
      belief: 'b'.repeat(301),
      evidenceAgainst: 'e'.repeat(1001),
      alternative: 'a'.repeat(301),
    });
    expect(errorsOf(checkBelief(input, testClock))).toEqual({
      belief: 'Belief can be at most 300 characters',
      evidenceAgainst: 'Evidence against can be at most 1,000 characters',
      alternative: 'Alternative thought can be at most 300 characters',
    });
  });

  it('rejects a re-rating in the future or out of range, at its index', () => {
    const reRatings = [
      { on: '2026-11-20T10:00:00.000Z', strength: 70 },
      { on: '2026-11-26T10:00:00.000Z', strength: 50 },
      { on: '2026-11-21T10:00:00.000Z', strength: -5 },
    ];
    expect(errorsOf(checkBelief(buildBelief({ reRatings }), testClock))).toEqual({
      'reRatings.1.on': "Re-rating time can't be in the future",
      'reRatings.2.strength': 'Belief strength must be a whole number from 0 to 100',
    });
  });
});

describe('checkExperiment', () => {
  it('accepts an experiment planned for the future', () => {
    expect(checkExperiment(buildExperiment({ plannedFor: '2027-01-10' }), testClock).ok).toBe(true);
  });

  it('accepts a finished experiment with its actual pain', () => {
    const done = buildExperiment({
      plannedFor: '2026-11-24',
      doneOn: '2026-11-24',
      actualPain: 3,
      notes: 'Fine',
    });
    expect(checkExperiment(done, testClock).ok).toBe(true);
  });

  it('rejects a done date in the future', () => {
    expect(errorsOf(checkExperiment(buildExperiment({ doneOn: '2026-11-26' }), testClock))).toEqual(
      {
        doneOn: "The date you did it can't be in the future",
      },
    );
  });

  it('rejects a blank activity and pain outside 0-10', () => {
    const input = buildExperiment({ activity: '', predictedPain: 11, actualPain: -1 });
    expect(errorsOf(checkExperiment(input, testClock))).toEqual({
      activity: 'Enter the activity',
      predictedPain: 'Predicted pain must be a whole number from 0 to 10',
      actualPain: 'Actual pain must be a whole number from 0 to 10',
    });
  });
});
