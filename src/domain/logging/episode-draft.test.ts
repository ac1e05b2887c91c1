import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftToEpisode,
  emptyDraft,
  offersSafetyCheck,
  parseDraft,
  parseLoad,
  previousDay,
  type EpisodeDraft,
} from './episode-draft';
import { lbToKg } from '../settings';
import { errorsOf, testClock } from '../../../tests/support/domain/test-builders';

// The tests treat local wall time as UTC, so expected instants are easy to read.
const utc = (local: string) => {
  const time = Date.parse(`${local}:00.000Z`);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
};
const draft = (overrides: Partial<EpisodeDraft> = {}): EpisodeDraft => ({
  ...emptyDraft(),
  severity: 6,
  ...overrides,
});
const check = (overrides: Partial<EpisodeDraft>, units: 'kg' | 'lb' = 'kg') =>
  draftToEpisode(draft(overrides), testClock, units, utc);

/** A "just now" spasm marked as eased at 12:00, saved at `now`. */
const easedAtNoonSavedAt = (now: string) =>
  draftToEpisode(
    draft({ stillGoing: false, endedAt: '2026-11-25T12:00' }),
    { now, today: '2026-11-25' },
    'kg',
    utc,
  );

describe('draftToEpisode', () => {
  it('never puts "just now" after the ease time filled in a minute before Save', () => {
    // The person chose "It eased" at 12:00 (the field fills with that minute) and saved at 12:01.
    const result = easedAtNoonSavedAt('2026-11-25T12:01:05.000Z');
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        startedAt: '2026-11-25T12:00:00.000Z',
        endedAt: '2026-11-25T12:00:00.000Z',
      }) as unknown,
    });
  });

  it('still refuses a "just now" spasm said to have eased hours before', () => {
    const result = easedAtNoonSavedAt('2026-11-25T15:01:05.000Z');
    expect(errorsOf(result)).toEqual({ endedAt: "End time can't be before the start time" });
  });

  it('takes "just now" to the minute, so a spasm that eased this minute is accepted', () => {
    const result = easedAtNoonSavedAt('2026-11-25T12:00:42.318Z');
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        startedAt: '2026-11-25T12:00:00.000Z',
        endedAt: '2026-11-25T12:00:00.000Z',
      }) as unknown,
    });
  });

  it('turns a severity alone into a spasm that started now, with the defaults', () => {
    expect(check({})).toEqual({
      ok: true,
      value: expect.objectContaining({
        startedAt: testClock.now,
        severity: 6,
        region: 'lower-back',
        movement: 'not-sure',
        easedBy: [],
      }) as unknown,
    });
    const result = check({});
    expect(result.ok && result.value.endedAt).toBeUndefined();
    expect(result.ok && result.value.loadKg).toBeUndefined();
  });

  it('asks for a severity when none was chosen', () => {
    expect(errorsOf(check({ severity: undefined }))).toEqual({
      severity: 'Choose how bad it is, from 0 to 10',
    });
  });

  it('reads "earlier today" and "yesterday" as a time on that day', () => {
    const today = check({ when: 'earlier-today', startTime: '09:15' });
    expect(today.ok && today.value.startedAt).toBe('2026-11-25T09:15:00.000Z');
    const yesterday = check({ when: 'yesterday', startTime: '22:40' });
    expect(yesterday.ok && yesterday.value.startedAt).toBe('2026-11-24T22:40:00.000Z');
    expect(errorsOf(check({ when: 'yesterday', startTime: '' }))).toEqual({
      startTime: 'Enter when it started',
    });
  });

  it('puts a future start on the field the time was typed in', () => {
    expect(errorsOf(check({ when: 'earlier-today', startTime: '18:00' }))).toEqual({
      startTime: "Start time can't be in the future",
    });
    expect(errorsOf(check({ when: 'exact', exactStart: '2026-12-01T08:00' }))).toEqual({
      exactStart: "Start time can't be in the future",
    });
    expect(errorsOf(check({ when: 'exact', exactStart: '' }))).toEqual({
      exactStart: 'Enter when it started',
    });
    expect(errorsOf(check({ when: 'exact', exactStart: 'not a time' }))).toEqual({
      exactStart: 'Start time must be a valid date and time',
    });
  });

  it('checks the end time against the start, with the domain message', () => {
    const base = { when: 'exact', exactStart: '2026-11-25T08:00', stillGoing: false } as const;
    expect(errorsOf(check({ ...base, endedAt: '2026-11-25T07:00' }))).toEqual({
      endedAt: "End time can't be before the start time",
    });
    expect(errorsOf(check({ ...base, endedAt: '' }))).toEqual({ endedAt: 'Enter when it eased' });
    const ok = check({ ...base, endedAt: '2026-11-25T09:30' });
    expect(ok.ok && ok.value.endedAt).toBe('2026-11-25T09:30:00.000Z');
    // While it is still going, a leftover end time is ignored.
    const going = check({ ...base, stillGoing: true, endedAt: '2026-11-25T07:00' });
    expect(going.ok && going.value.endedAt).toBeUndefined();
  });

  it('parses the load and shows the domain limits on the load field', () => {
    expect(errorsOf(check({ load: 'abc' }))).toEqual({ load: 'Load must be a number' });
    expect(errorsOf(check({ load: '-1' }))).toEqual({ load: "Load can't be negative" });
    expect(errorsOf(check({ load: '501' }))).toEqual({ load: 'Load must be 500 kg or less' });
    const kg = check({ load: '12,5' });
    expect(kg.ok && kg.value.loadKg).toBe(12.5);
    const lb = check({ load: '22' }, 'lb');
    expect(lb.ok && lb.value.loadKg).toBe(lbToKg(22));
  });

  it('keeps notes to the domain limit and drops blank notes', () => {
    expect(errorsOf(check({ notes: 'a'.repeat(1001) }))).toEqual({
      notes: 'Notes can be at most 1,000 characters',
    });
    const blank = check({ notes: '   ' });
    expect(blank.ok && blank.value.notes).toBeUndefined();
  });

  it('maps the rest of the answers and reports every field at once', () => {
    const full = check({
      activityId: 'cat-gardening',
      movement: 'twisting',
      side: 'left',
      couldMove: 'no',
      easedBy: ['heat', 'walking'],
    });
    expect(full.ok && full.value).toMatchObject({
      activityId: 'cat-gardening',
      movement: 'twisting',
      side: 'left',
      couldMove: false,
      easedBy: ['heat', 'walking'],
    });
    expect(
      errorsOf(check({ severity: undefined, load: 'x', easedBy: ['nothing', 'heat'] })),
    ).toEqual({
      severity: 'Choose how bad it is, from 0 to 10',
      load: 'Load must be a number',
      easedBy: "“Nothing eased it” can't be combined with other choices",
    });
  });

  it('leaves activityId to the caller when a new activity is named, and checks the name', () => {
    const named = check({ activityId: 'cat-gardening', newActivity: '  Walking the dog ' });
    expect(named.ok && named.value.activityId).toBeUndefined();
    expect(errorsOf(check({ newActivity: 'x'.repeat(61) }))).toEqual({
      newActivity: 'Name can be at most 60 characters',
    });
  });

  it('accepts any severity 0-10 started just now (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (severity) => {
        const result = check({ severity });
        return result.ok && result.value.severity === severity;
      }),
    );
  });

  it('stores any load from 0 to 500 kg exactly, and rejects any text that is not a number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), (hundredths) => {
        // As typed on a phone keypad: digits and one decimal point, 0.00 to 500.00.
        const text = (hundredths / 100).toFixed(2);
        const result = check({ load: text });
        return result.ok && result.value.loadKg === Number(text);
      }),
    );
    fc.assert(
      fc.property(
        fc.string().filter((text) => !/\d/.test(text) && text.trim() !== ''),
        (text) => errorsOf(check({ load: text })).load === 'Load must be a number',
      ),
    );
  });
});

describe('draft helpers', () => {
  it('starts from the region logged last', () => {
    expect(emptyDraft('neck').region).toBe('neck');
    expect(emptyDraft().region).toBe('lower-back');
  });

  it('reads a stored draft back only when it still fits the form', () => {
    const stored = draft({ load: '1.' });
    expect(parseDraft(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(parseDraft({ ...stored, when: 'last-week' })).toBeUndefined();
    expect(parseDraft('nonsense')).toBeUndefined();
  });

  it('finds the day before, across months and leap days', () => {
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2028-03-01')).toBe('2028-02-29');
    expect(previousDay('2027-01-01')).toBe('2026-12-31');
  });

  it('parses load text as typed', () => {
    expect(parseLoad('')).toBeUndefined();
    expect(parseLoad(' 1. ')).toBe(1);
    expect(parseLoad('.5')).toBe(0.5);
    expect(parseLoad('0x10')).toBe('invalid');
    expect(parseLoad('1e3')).toBe('invalid');
  });
});

describe('offersSafetyCheck', () => {
  it('offers the safety check from severity 8, or when nothing eased it', () => {
    expect(offersSafetyCheck({ severity: 7, easedBy: ['heat'] })).toBe(false);
    expect(offersSafetyCheck({ severity: 8, easedBy: [] })).toBe(true);
    expect(offersSafetyCheck({ severity: 2, easedBy: ['nothing'] })).toBe(true);
  });
});
