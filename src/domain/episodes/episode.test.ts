import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkEpisode,
  easerLabels,
  easers,
  movementLabels,
  movements,
  regionLabels,
  regions,
  severityBand,
} from './episode';
import { buildEpisode, errorsOf, testClock } from '../../../tests/support/domain/test-builders';

describe('checkEpisode', () => {
  it('accepts a complete episode', () => {
    const episode = buildEpisode();
    expect(checkEpisode(episode, testClock)).toEqual({ ok: true, value: episode });
  });

  it('accepts the minimum quick log (start, severity, region, movement)', () => {
    const { id, createdAt, updatedAt } = buildEpisode();
    const quick = {
      id,
      createdAt,
      updatedAt,
      startedAt: testClock.now,
      severity: 5,
      region: 'neck',
      movement: 'not-sure',
      easedBy: [],
    };
    expect(checkEpisode(quick, testClock).ok).toBe(true);
  });

  it.each([11, 2.5, -1, '7'])('rejects severity %s', (severity) => {
    expect(errorsOf(checkEpisode({ ...buildEpisode(), severity }, testClock))).toEqual({
      severity: 'Severity must be a whole number from 0 to 10',
    });
  });

  it('rejects a start in the future but allows one minute of clock skew', () => {
    const future = checkEpisode(
      buildEpisode({ startedAt: '2026-11-25T12:01:01.000Z', endedAt: undefined }),
      testClock,
    );
    expect(errorsOf(future)).toEqual({ startedAt: "Start time can't be in the future" });
    const skewed = checkEpisode(
      buildEpisode({ startedAt: '2026-11-25T12:01:00.000Z', endedAt: undefined }),
      testClock,
    );
    expect(skewed.ok).toBe(true);
  });

  it('rejects an end in the future', () => {
    expect(
      errorsOf(checkEpisode(buildEpisode({ endedAt: '2026-11-26T08:00:00.000Z' }), testClock)),
    ).toEqual({
      endedAt: "End time can't be in the future",
    });
  });

  it('rejects an end before the start', () => {
    expect(
      errorsOf(checkEpisode(buildEpisode({ endedAt: '2026-11-25T08:00:00.000Z' }), testClock)),
    ).toEqual({ endedAt: "End time can't be before the start time" });
  });

  it('accepts an end in the same minute as the start (a brief cramp)', () => {
    expect(
      errorsOf(checkEpisode(buildEpisode({ endedAt: '2026-11-25T08:30:00.000Z' }), testClock)),
    ).toEqual({});
  });

  it('reports the end-before-start error together with other field errors', () => {
    const input = buildEpisode({
      endedAt: '2026-11-25T08:00:00.000Z',
      region: 'knee' as never,
      severity: 12,
    });
    expect(errorsOf(checkEpisode(input, testClock))).toEqual({
      region: 'Choose where in your back the spasm was',
      severity: 'Severity must be a whole number from 0 to 10',
      endedAt: "End time can't be before the start time",
    });
  });

  it('rejects a negative or over-500 kg load', () => {
    expect(errorsOf(checkEpisode(buildEpisode({ loadKg: -1 }), testClock))).toEqual({
      loadKg: "Load can't be negative",
    });
    expect(errorsOf(checkEpisode(buildEpisode({ loadKg: 501 }), testClock))).toEqual({
      loadKg: 'Load must be 500 kg or less',
    });
  });

  it('rejects "nothing eased it" combined with other choices, and duplicates', () => {
    expect(
      errorsOf(checkEpisode(buildEpisode({ easedBy: ['nothing', 'heat'] }), testClock)),
    ).toEqual({
      easedBy: "“Nothing eased it” can't be combined with other choices",
    });
    expect(checkEpisode(buildEpisode({ easedBy: ['nothing'] }), testClock).ok).toBe(true);
    expect(errorsOf(checkEpisode(buildEpisode({ easedBy: ['heat', 'heat'] }), testClock))).toEqual({
      easedBy: 'Each choice can only be picked once',
    });
    expect(errorsOf(checkEpisode(buildEpisode({ easedBy: ['ice'] as never }), testClock))).toEqual({
      'easedBy.0': 'Choose what eased it from the list',
    });
  });

  it('rejects too-long notes and trims the rest', () => {
    expect(errorsOf(checkEpisode(buildEpisode({ notes: 'x'.repeat(1001) }), testClock))).toEqual({
      notes: 'Notes can be at most 1,000 characters',
    });
    const result = checkEpisode(buildEpisode({ notes: '  sore  ' }), testClock);
    expect(result.ok && result.value.notes).toBe('sore');
  });

  it('rejects unknown enums and bad types with fix-it messages', () => {
    const input = {
      ...buildEpisode(),
      movement: 'jumping',
      side: 'top',
      couldMove: 'yes',
      startedAt: 'yesterday',
    };
    expect(errorsOf(checkEpisode(input, testClock))).toEqual({
      movement: 'Choose the movement you were making, or “Not sure”',
      side: 'Choose left, right, both sides or the middle',
      couldMove: 'Answer yes or no: could you still move?',
      startedAt: 'Start time must be a valid date and time',
    });
  });

  it('rejects something that is not a record', () => {
    expect(errorsOf(checkEpisode(null, testClock))).toEqual({
      _form: 'This spasm record is not in the expected format',
    });
  });

  it('accepts any whole severity 0-10 with a past start and rejects anything else', () => {
    const pastStart = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date(testClock.now),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), pastStart, (severity, start) => {
        const input = buildEpisode({
          severity,
          startedAt: start.toISOString(),
          endedAt: undefined,
        });
        return checkEpisode(input, testClock).ok;
      }),
    );
    const outside = fc.oneof(
      fc.integer({ max: -1 }),
      fc.integer({ min: 11 }),
      fc.double({ noInteger: true }),
    );
    fc.assert(
      fc.property(outside, (severity) => {
        return (
          errorsOf(checkEpisode(buildEpisode({ severity }), testClock)).severity ===
          'Severity must be a whole number from 0 to 10'
        );
      }),
    );
  });

  it('accepts an end exactly when it is after the start', () => {
    const instant = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date(testClock.now),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
    fc.assert(
      fc.property(instant, instant, (startedAt, endedAt) => {
        const errors = errorsOf(checkEpisode(buildEpisode({ startedAt, endedAt }), testClock));
        return (errors.endedAt === undefined) === Date.parse(endedAt) >= Date.parse(startedAt);
      }),
    );
  });
});

describe('severityBand', () => {
  it('follows the numeric rating scale bands', () => {
    expect([0, 1, 3, 4, 6, 7, 10].map(severityBand)).toEqual([
      'none',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'severe',
      'severe',
    ]);
  });
});

describe('labels', () => {
  it('has a plain label for every value', () => {
    for (const [values, labels] of [
      [regions, regionLabels],
      [movements, movementLabels],
      [easers, easerLabels],
    ] as const) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const label of Object.values(labels)) expect(label).toMatch(/^[A-Z]/);
    }
  });
});
