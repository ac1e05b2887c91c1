import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { lbToKg } from '../../domain/settings';
import { createDb } from '../db';

const NAME = 'steadyback-schema-v5-fixture';
const meta = (id: string) => ({
  id,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  revision: 1,
});
const plan = { phase: 3, daysPerWeek: 3, flareMode: false };

// Plans as version 4 stored them: dumbbells with a row at 13 kg (off the default 2 kg steps) and
// a kettlebell deadlift at 20 kg; a pound plan with a barbell over the default heaviest; none.
const kgPlan = {
  ...meta('plan-kg'),
  ...plan,
  equipment: ['dumbbells', 'kettlebell'],
  exercises: [
    {
      exerciseId: 'bent-over-row',
      ladder: 'row',
      level: 2,
      sets: 3,
      repsMin: 12,
      repsMax: 20,
      loadKg: 13,
    },
    {
      exerciseId: 'kettlebell-deadlift',
      ladder: 'hinge',
      level: 4,
      sets: 3,
      repsMin: 8,
      repsMax: 12,
      loadKg: 20,
    },
  ],
};
const lbPlan = {
  ...meta('plan-lb'),
  ...plan,
  equipment: ['barbell', 'bands'],
  exercises: [
    {
      exerciseId: 'deadlift',
      ladder: 'hinge',
      level: 4,
      sets: 3,
      repsMin: 5,
      repsMax: 8,
      loadKg: lbToKg(255),
      loadUnits: 'lb',
    },
  ],
};
const bodyweight = { ...meta('plan-none'), ...plan, equipment: ['none'], exercises: [] };

afterEach(() => Dexie.delete(NAME));

describe('schema version 5 (2026-12-06): inferOwnedEquipment20261206', () => {
  it('gives every stored plan the weights it implies, every load it uses among them', async () => {
    const v4 = createDb(NAME, 4);
    await v4.table('plans').bulkPut([kgPlan, lbPlan, bodyweight]);
    v4.close();

    const v5 = createDb(NAME, 5);
    const kg = (await v5.plans.get('plan-kg'))!;
    expect(kg.owned).toEqual({
      units: 'kg',
      dumbbells: { kind: 'fixed', weights: [2, 4, 6, 8, 10, 12, 13, 14, 16, 18, 20, 22, 24] },
      kettlebells: [8, 12, 16, 20],
    });
    // Nothing else changes.
    expect({ ...kg, owned: undefined }).toEqual({ ...kgPlan, owned: undefined });
    const lb = (await v5.plans.get('plan-lb'))!;
    expect(lb.owned).toEqual({
      units: 'lb',
      barbell: { bar: 45, smallestPlate: 2.5, heaviest: 255 },
      bandLevels: 3,
    });
    expect((await v5.plans.get('plan-none'))?.owned).toEqual({ units: 'kg' });
    v5.close();
  });

  it('fails loudly on a plan it cannot read and leaves every record as it was', async () => {
    const v4 = createDb(NAME, 4);
    const broken = { ...kgPlan, id: 'plan-broken', daysPerWeek: 'three' };
    await v4.table('plans').bulkPut([kgPlan, broken]);
    v4.close();

    const v5 = createDb(NAME, 5);
    await expect(v5.open()).rejects.toThrow(/a stored plan could not be read/);
    v5.close();
    const again = createDb(NAME, 4);
    expect(await again.table('plans').get('plan-kg')).toEqual(kgPlan);
    expect(await again.table('plans').get('plan-broken')).toEqual(broken);
    again.close();
  });
});
