import { matchDrug } from './cramp-drugs';
import { checkMedication, type Medication } from './medication';
import type { Clock, FieldErrors, Validation } from '../common';

/** The medicine form as typed: every field text, '' when left empty. */
export type MedicationDraft = {
  name: string;
  startedOn: string;
  dose: string;
  doseChanges: { on: string; dose: string }[];
  stoppedOn: string;
  notes: string;
};

export type NewMedication = Omit<Medication, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

export function emptyMedicationDraft(): MedicationDraft {
  return { name: '', startedOn: '', dose: '', doseChanges: [], stoppedOn: '', notes: '' };
}

/** A stored medicine back into the form, for editing. */
export function medicationToDraft(medication: Medication): MedicationDraft {
  return {
    name: medication.name,
    startedOn: medication.startedOn,
    dose: medication.dose ?? '',
    doseChanges: medication.doseChanges.map((change) => ({ ...change })),
    stoppedOn: medication.stoppedOn ?? '',
    notes: medication.notes ?? '',
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The draft as a medicine record, checked by the medication schema and time rules, with its cramp
 * class matched from the name (cramp-drugs.ts). Empty optional fields are left out (stored as
 * undefined so an edit can clear them); an empty start date gets "Enter the start date" rather than
 * the schema's "must be a valid date".
 */
export function draftToMedication(draft: MedicationDraft, clock: Clock): Validation<NewMedication> {
  const record: NewMedication = {
    name: draft.name,
    drugClass: matchDrug(draft.name)?.drugClass.id,
    dose: optional(draft.dose),
    startedOn: draft.startedOn,
    doseChanges: draft.doseChanges,
    stoppedOn: optional(draft.stoppedOn),
    notes: optional(draft.notes),
  };
  const meta = { id: 'draft', createdAt: clock.now, updatedAt: clock.now };
  const checked = checkMedication({ ...record, ...meta }, clock);
  const blank: FieldErrors = draft.startedOn === '' ? { startedOn: 'Enter the start date' } : {};
  draft.doseChanges.forEach((change, index) => {
    if (change.on === '') blank[`doseChanges.${index}.on`] = 'Enter the date the dose changed';
  });
  if (checked.ok && Object.keys(blank).length === 0) {
    const { name, drugClass, dose, startedOn, doseChanges, stoppedOn, notes } = checked.value;
    return { ok: true, value: { name, drugClass, dose, startedOn, doseChanges, stoppedOn, notes } };
  }
  return { ok: false, errors: { ...(checked.ok ? {} : checked.errors), ...blank } };
}
