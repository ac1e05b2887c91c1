import { describe, expect, it } from 'vitest';
import { draftToMedication, emptyMedicationDraft, medicationToDraft } from './medication-draft';
import {
  buildMedication,
  errorsOf,
  testClock,
  withoutMeta,
} from '../../../tests/support/domain/test-builders';

describe('draftToMedication', () => {
  it('matches the cramp class from the name and leaves empty fields out', () => {
    const draft = {
      ...emptyMedicationDraft(),
      name: ' Atorvastatin 20mg ',
      startedOn: '2026-11-01',
    };
    const result = draftToMedication(draft, testClock);
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Atorvastatin 20mg',
        drugClass: 'statin',
        dose: undefined,
        startedOn: '2026-11-01',
        doseChanges: [],
        stoppedOn: undefined,
        notes: undefined,
      },
    });
  });

  it('stores no class for a medicine not on the list', () => {
    const draft = { ...emptyMedicationDraft(), name: 'Paracetamol', startedOn: '2026-11-01' };
    expect(draftToMedication(draft, testClock)).toMatchObject({
      ok: true,
      value: { drugClass: undefined },
    });
  });

  it('asks for a name and a start date, and for the date of each dose change', () => {
    const draft = { ...emptyMedicationDraft(), doseChanges: [{ on: '', dose: '20 mg' }] };
    expect(errorsOf(draftToMedication(draft, testClock))).toEqual({
      name: 'Enter the medicine name',
      startedOn: 'Enter the start date',
      'doseChanges.0.on': 'Enter the date the dose changed',
    });
  });

  it('keeps the schema and time messages', () => {
    const draft = {
      ...emptyMedicationDraft(),
      name: 'Furosemide',
      startedOn: '2026-11-10',
      stoppedOn: '2026-11-01',
      doseChanges: [{ on: '2026-12-01', dose: '40 mg' }],
    };
    expect(errorsOf(draftToMedication(draft, testClock))).toEqual({
      stoppedOn: "Stop date can't be before the start date",
      'doseChanges.0.on': "Dose change date can't be in the future",
    });
  });

  it('round-trips a stored medicine through the form', () => {
    const stored = buildMedication({ notes: 'With food', stoppedOn: '2026-11-20' });
    expect(draftToMedication(medicationToDraft(stored), testClock)).toEqual({
      ok: true,
      value: withoutMeta(stored),
    });
  });
});
