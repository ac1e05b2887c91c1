import { describe, expect, it } from 'vitest';
import type { OwnedEquipment } from '../plan';
import { buildPlanExercise } from '../../../tests/support/domain/test-builders';
import { fitLoadsToOwned } from './owned-plan';

const row = (loadKg: number) =>
  buildPlanExercise({ exerciseId: 'one-arm-row', ladder: 'row', loadKg });
const owned = (weights: number[]): OwnedEquipment => ({
  units: 'kg',
  dumbbells: { kind: 'fixed', weights },
});

describe('loads on the weights owned after setup (docs/domain.md §5b rules 5-6)', () => {
  it('moves a load not owned down to the heaviest owned below it, never up', () => {
    expect(fitLoadsToOwned([row(8)], owned([2, 5, 7, 12]))[0]!.loadKg).toBe(7);
  });

  it('takes the lightest owned when every owned weight is heavier', () => {
    expect(fitLoadsToOwned([row(4)], owned([6, 8]))[0]!.loadKg).toBe(6);
  });

  it('keeps owned loads and bodyweight exercises as they are', () => {
    const bridge = buildPlanExercise();
    const kept = [row(6), bridge];
    expect(fitLoadsToOwned(kept, owned([2, 6, 10]))).toEqual(kept);
  });

  it('drops a step-in to a weight no longer owned', () => {
    const stepping = { ...row(4), stepIn: { loadKg: 6, sets: 1 } };
    expect(fitLoadsToOwned([stepping], owned([4, 8]))[0]!.stepIn).toBeUndefined();
    expect(fitLoadsToOwned([stepping], owned([4, 6]))[0]!.stepIn).toEqual({ loadKg: 6, sets: 1 });
  });
});
