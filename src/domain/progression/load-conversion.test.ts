import { describe, expect, it } from 'vitest';
import { defaultPrescription, fromUnits } from '../exercises';
import { convertLoads } from './load-conversion';

describe('convertLoads', () => {
  it('moves a kg exercise to pounds, down, and labels a bodyweight one', () => {
    const row = defaultPrescription('one-arm-row')!;
    expect(convertLoads(row, 'kg')).toBeUndefined();
    expect(convertLoads(row, 'lb')).toEqual({
      kind: 'converted',
      before: row,
      after: { ...row, loadKg: fromUnits(7.5, 'lb'), loadUnits: 'lb' },
    });
    const bridge = defaultPrescription('glute-bridge')!;
    expect(convertLoads(bridge, 'lb')).toMatchObject({
      kind: 'relabelled',
      after: { ...bridge, loadUnits: 'lb' },
    });
  });

  it('moves a pound exercise back to kg without a units field, as kg plans always were', () => {
    const row = defaultPrescription('one-arm-row', 'lb')!;
    const back = convertLoads(row, 'kg')!;
    expect(back.kind).toBe('converted');
    expect(back.after).toEqual(defaultPrescription('one-arm-row'));
    expect('loadUnits' in back.after).toBe(false);
  });

  it('keeps a load with no weight at or below it in the new units as it was', () => {
    const flye = { ...defaultPrescription('reverse-flye')!, loadKg: 1 };
    expect(convertLoads(flye, 'lb')).toEqual({ kind: 'kept', before: flye, after: flye });
  });
});
