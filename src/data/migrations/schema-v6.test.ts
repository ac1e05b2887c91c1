import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../db';

const NAME = 'steadyback-schema-v6-fixture';
const meta = (id: string) => ({
  id,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  revision: 3,
});
const row = { exerciseId: 'bent-over-row', ladder: 'row', sets: 3, repsMin: 12, repsMax: 20 };
const bridge = { exerciseId: 'glute-bridge', ladder: 'hinge', sets: 2, repsMin: 8, repsMax: 12 };

// A plan and sets as version 5 stored them: every exercise with its rung number copied in.
const v5PlanWithoutBreak = {
  ...meta('plan-1'),
  phase: 2,
  daysPerWeek: 3,
  flareMode: false,
  equipment: ['dumbbells'],
  owned: { units: 'kg', dumbbells: { kind: 'fixed', weights: [2, 4, 6] } },
  exercises: [
    { ...row, level: 2, loadKg: 6 },
    { ...bridge, level: 1 },
  ],
};
const v5Plan = { ...v5PlanWithoutBreak, beforeBreak: [{ ...row, level: 2, loadKg: 4 }] };
const setWithoutLevel = {
  ...meta('set-1'),
  sessionId: 'session-1',
  exerciseId: 'bent-over-row',
  setNumber: 1,
  reps: 12,
  loadKg: 6,
  effort: 'moderate',
  painDuring: 1,
};
const v5Set = { ...setWithoutLevel, level: 2 };

afterEach(() => Dexie.delete(NAME));

describe('schema version 6 (2026-12-06): dropStoredLevels20261206', () => {
  it('stores plans and sets by exercise id only, everything else as it was', async () => {
    const v5 = createDb(NAME, 5);
    await v5.table('plans').put(v5Plan);
    await v5.table('exerciseSets').put(v5Set);
    v5.close();

    const v6 = createDb(NAME, 6);
    expect(await v6.table('plans').get('plan-1')).toEqual({
      ...v5Plan,
      exercises: [{ ...row, loadKg: 6 }, bridge],
      beforeBreak: [{ ...row, loadKg: 4 }],
    });
    expect(await v6.table('exerciseSets').get('set-1')).toEqual(setWithoutLevel);
    v6.close();
  });

  it('keeps a plan without a break as one, and leaves the other tables alone', async () => {
    const v5 = createDb(NAME, 5);
    const session = {
      ...meta('session-1'),
      day: '2026-11-20',
      startedAt: '2026-11-20T08:00:00.000Z',
    };
    await v5.table('plans').put(v5PlanWithoutBreak);
    await v5.table('sessions').put(session);
    v5.close();

    const v6 = createDb(NAME, 6);
    const plan = (await v6.table('plans').get('plan-1')) as Record<string, unknown>;
    expect(plan).not.toHaveProperty('beforeBreak');
    expect(plan.exercises).toEqual([{ ...row, loadKg: 6 }, bridge]);
    expect(await v6.table('sessions').get('session-1')).toEqual(session);
    v6.close();
  });
});
