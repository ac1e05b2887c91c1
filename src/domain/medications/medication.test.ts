import { describe, expect, it } from 'vitest';
import { checkMedication } from './medication';
import { buildMedication, errorsOf, testClock } from '../../../tests/support/domain/test-builders';

describe('checkMedication', () => {
  it('accepts a medicine with a dose change and a stop date', () => {
    expect(checkMedication(buildMedication({ stoppedOn: '2026-11-20' }), testClock).ok).toBe(true);
    expect(
      checkMedication(buildMedication({ stoppedOn: '2026-10-20', doseChanges: [] }), testClock).ok,
    ).toBe(true);
  });

  it('rejects a blank name', () => {
    expect(errorsOf(checkMedication(buildMedication({ name: ' ' }), testClock))).toEqual({
      name: 'Enter the medicine name',
    });
  });

  it('rejects dates in the future', () => {
    const input = buildMedication({
      startedOn: '2026-11-26',
      doseChanges: [{ on: '2026-11-27', dose: '20 mg' }],
      stoppedOn: '2026-11-28',
    });
    expect(errorsOf(checkMedication(input, testClock))).toEqual({
      startedOn: "Start date can't be in the future",
      'doseChanges.0.on': "Dose change date can't be in the future",
      stoppedOn: "Stop date can't be in the future",
    });
  });

  it('rejects a stop date before the start date', () => {
    expect(
      errorsOf(checkMedication(buildMedication({ stoppedOn: '2026-10-19' }), testClock)),
    ).toEqual({
      stoppedOn: "Stop date can't be before the start date",
    });
  });

  it('rejects a dose change before the start date, at its index', () => {
    const doseChanges = [
      { on: '2026-11-01', dose: '20 mg' },
      { on: '2026-10-01', dose: '40 mg' },
    ];
    expect(errorsOf(checkMedication(buildMedication({ doseChanges }), testClock))).toEqual({
      'doseChanges.1.on': "A dose change can't be before the start date",
    });
  });

  it('rejects a dose change without a dose, and long text fields', () => {
    const input = buildMedication({
      doseChanges: [{ on: '2026-11-10', dose: '' }],
      drugClass: 'c'.repeat(61),
      dose: 'd'.repeat(61),
    });
    expect(errorsOf(checkMedication(input, testClock))).toEqual({
      'doseChanges.0.dose': 'Enter the new dose',
      drugClass: 'Drug class can be at most 60 characters',
      dose: 'Dose can be at most 60 characters',
    });
  });
});
