import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkRecord, futureTimeErrors, isFutureDay, isFutureInstant } from './time-rules';
import { testClock } from '../../../tests/support/domain/test-builders';

describe('time rules', () => {
  it('allows one minute of clock skew for instants', () => {
    expect(isFutureInstant('2026-11-25T12:01:00.000Z', testClock.now)).toBe(false);
    expect(isFutureInstant('2026-11-25T12:01:00.001Z', testClock.now)).toBe(true);
  });

  it('compares calendar days', () => {
    expect(isFutureDay('2026-11-25', testClock.today)).toBe(false);
    expect(isFutureDay('2026-11-26', testClock.today)).toBe(true);
    expect(isFutureDay('2025-12-31', testClock.today)).toBe(false);
  });

  it('checks every array item for wildcard paths and ignores malformed values', () => {
    const input = { changes: [{ on: '2026-11-20' }, { on: '2026-12-01' }, { on: 'soon' }] };
    const rules = [{ path: 'changes.*.on', kind: 'day', message: 'Future' }] as const;
    expect(futureTimeErrors(input, rules, testClock)).toEqual({ 'changes.1.on': 'Future' });
    expect(futureTimeErrors('nope', rules, testClock)).toEqual({});
  });

  it('reports schema and time errors together, schema first', () => {
    const schema = z.object({
      at: z.iso.datetime({ error: 'Bad time' }),
      n: z.int({ error: 'Bad n' }),
    });
    const rules = [{ path: 'at', kind: 'instant', message: 'Future time' }] as const;
    expect(checkRecord(schema, { at: '2027-01-01T00:00:00Z', n: 'x' }, testClock, rules)).toEqual({
      ok: false,
      errors: { n: 'Bad n', at: 'Future time' },
    });
    expect(checkRecord(schema, { at: '2026-01-01T00:00:00Z', n: 1 }, testClock, rules).ok).toBe(
      true,
    );
  });
});
