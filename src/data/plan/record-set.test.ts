import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../domain/common';
import { db } from '../db';
import { recordSet, type NewSet } from './plan-actions';
import { resetDatabase } from '../test-reset';

beforeEach(resetDatabase);

const DAY = '2026-11-30';
const clock: Clock = { now: `${DAY}T09:00:00.000Z`, today: DAY };
const aSet = (overrides: Partial<NewSet> = {}): NewSet => ({
  exerciseId: 'prone-press-up',
  setNumber: 1,
  reps: 8,
  effort: 'moderate',
  painDuring: 2,
  ...overrides,
});
const stored = async () => ({
  sessions: await db.sessions.toArray(),
  sets: await db.exerciseSets.toArray(),
});

describe('recordSet', () => {
  it('stores one set and one session when the same set is saved twice at once', async () => {
    const [first, second] = await Promise.all([
      recordSet(DAY, null, aSet(), clock),
      recordSet(DAY, null, aSet(), clock),
    ]);

    const { sessions, sets } = await stored();
    expect(sessions).toHaveLength(1);
    expect(sets).toHaveLength(1);
    expect(sets[0]?.sessionId).toBe(sessions[0]?.id);
    // The repeat is not an error: it hands back the set already stored.
    expect(first).toEqual({ ok: true, value: sets[0] });
    expect(second).toEqual({ ok: true, value: sets[0] });
  });

  it('puts different sets saved at once on a new day into one session', async () => {
    await Promise.all([
      recordSet(DAY, null, aSet({ setNumber: 1 }), clock),
      recordSet(DAY, null, aSet({ setNumber: 2 }), clock),
      recordSet(DAY, null, aSet({ exerciseId: 'glute-bridge' }), clock),
    ]);

    const { sessions, sets } = await stored();
    expect(sessions).toHaveLength(1);
    expect(sets.map((set) => [set.exerciseId, set.setNumber, set.sessionId]).sort()).toEqual([
      ['glute-bridge', 1, sessions[0]?.id],
      ['prone-press-up', 1, sessions[0]?.id],
      ['prone-press-up', 2, sessions[0]?.id],
    ]);
  });

  it("reuses the day's session when the caller still thinks there is none", async () => {
    const first = await recordSet(DAY, null, aSet(), clock);
    const second = await recordSet(DAY, null, aSet({ setNumber: 2 }), clock);

    expect(first.ok && second.ok && second.value.sessionId === first.value.sessionId).toBe(true);
    expect(await db.sessions.count()).toBe(1);
  });

  it("uses the day's session when the caller's session is no longer stored", async () => {
    const first = await recordSet(DAY, null, aSet(), clock);
    const second = await recordSet(DAY, 'deleted-in-another-tab', aSet({ setNumber: 2 }), clock);

    expect(first.ok && second.ok && second.value.sessionId === first.value.sessionId).toBe(true);
    expect(await db.sessions.count()).toBe(1);
  });

  it('starts a new session on another day', async () => {
    await recordSet(DAY, null, aSet(), clock);
    const nextDay = { now: '2026-12-01T09:00:00.000Z', today: '2026-12-01' };
    await recordSet('2026-12-01', null, aSet(), nextDay);

    const { sessions, sets } = await stored();
    expect(sessions.map((session) => session.day).sort()).toEqual([DAY, '2026-12-01']);
    expect(sets).toHaveLength(2);
  });

  it('refuses a set that does not validate and leaves no session behind', async () => {
    const refused = await recordSet(DAY, null, aSet({ painDuring: 11 }), clock);

    expect(refused.ok).toBe(false);
    expect(refused.ok ? {} : Object.keys(refused.errors)).toEqual(['painDuring']);
    expect(await stored()).toEqual({ sessions: [], sets: [] });
  });

  it('stores each distinct set once, in one session, whatever the taps at once', async () => {
    const tap = fc.record({
      exerciseId: fc.constantFrom('prone-press-up', 'one-arm-row', 'glute-bridge'),
      setNumber: fc.integer({ min: 1, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(tap, { minLength: 1, maxLength: 8 }), async (taps) => {
        await db.sessions.clear();
        await db.exerciseSets.clear();
        const results = await Promise.all(taps.map((t) => recordSet(DAY, null, aSet(t), clock)));

        const { sessions, sets } = await stored();
        const distinct = new Set(taps.map((t) => `${t.exerciseId}#${String(t.setNumber)}`));
        expect(results.every((result) => result.ok)).toBe(true);
        expect(sessions).toHaveLength(1);
        expect(sets.map((s) => `${s.exerciseId}#${String(s.setNumber)}`).sort()).toEqual(
          [...distinct].sort(),
        );
      }),
      { numRuns: 25 },
    );
  });
});
