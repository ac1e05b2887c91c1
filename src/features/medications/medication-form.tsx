import { matchDrug } from '../../domain/medications';
import type { MedicationDraft } from '../../domain/medications';
import { FORM_ERROR_KEY, type FieldErrors } from '../../domain/common';
import { DoseChangeFields } from './dose-change-fields';
import * as messages from './field-error';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { FormActions } from '../../ui/form-kit/form-actions';
import { TextAreaField, TextField, textProps } from '../../ui/form-kit/text-field';
import { tabDraft } from '../../ui/form-kit/tab-draft';
import { useForm } from '../../ui/form-kit/use-form';
import './medications.css';

const fieldOrder = ['name', 'startedOn', 'dose', 'doseChanges', 'stoppedOn', 'notes'];

const isText = (value: unknown): value is string => typeof value === 'string';

/** A stored medicine draft if it still makes sense, else null (storage is a boundary). */
export function parseMedicationDraft(value: unknown): MedicationDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, startedOn, dose, doseChanges, stoppedOn, notes } = value as Record<string, unknown>;
  if (![name, startedOn, dose, stoppedOn, notes].every(isText)) return null;
  if (!Array.isArray(doseChanges)) return null;
  const changes = doseChanges.filter(
    (change): change is { on: string; dose: string } =>
      typeof change === 'object' &&
      change !== null &&
      isText((change as Record<string, unknown>).on) &&
      isText((change as Record<string, unknown>).dose),
  );
  return {
    name: name as string,
    startedOn: startedOn as string,
    dose: dose as string,
    doseChanges: changes.map(({ on, dose: amount }) => ({ on, dose: amount })),
    stoppedOn: stoppedOn as string,
    notes: notes as string,
  };
}

/** This tab's unsaved medicine: a new one ('new') or changes to the medicine of that id. */
export const medicationDraftOf = (id: string) => tabDraft(`medication:${id}`, parseMedicationDraft);

type MedicationFormProps = {
  initial: MedicationDraft;
  /** Which draft the form keeps: 'new', or the id of the medicine being changed. */
  draftId: string;
  /** Saves the draft; resolves to messages per field, or null once saved. */
  onSave: (draft: MedicationDraft) => Promise<FieldErrors | null>;
  onCancel?: () => void;
  submitLabel: string;
};

type TextKey = 'name' | 'startedOn' | 'dose' | 'stoppedOn';

/** Name, dates, dose and notes of a medicine. A refused save keeps every typed value. */
export function MedicationForm(props: MedicationFormProps) {
  const { initial, draftId, onSave, onCancel, submitLabel } = props;
  const form = useForm({
    initial,
    fields: fieldOrder,
    onSubmit: onSave,
    draft: medicationDraftOf(draftId),
  });
  const { values: draft, errors, setValues: setDraft } = form;
  const match = matchDrug(draft.name);

  const input = (field: TextKey, label: string, type: 'text' | 'date', hint?: string) => (
    <TextField
      id={`medication-${field}`}
      label={label}
      hint={hint ? <p className="muted hint">{hint}</p> : null}
      messages={messages}
      {...textProps(form, field)}
      type={type}
      autoComplete="off"
    />
  );
  const formError = errors[FORM_ERROR_KEY];

  return (
    <form {...form.formProps} className="medication-form">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
      {formError ? (
        <p role="alert" className="notice form-alert" tabIndex={-1}>
          {formError}
        </p>
      ) : null}
      {input('name', 'Medicine name', 'text')}
      <p className="muted" aria-live="polite">
        {match ? `On the list of medicines linked to cramps: ${match.drugClass.label}.` : ''}
      </p>
      {input('startedOn', 'Started on', 'date')}
      {input('dose', 'Dose (optional)', 'text', 'For example 20 mg once a day')}
      <DoseChangeFields
        changes={draft.doseChanges}
        errors={errors}
        onChange={(doseChanges) => {
          setDraft({ ...draft, doseChanges });
        }}
      />
      {input('stoppedOn', 'Stopped on (optional)', 'date')}
      <TextAreaField
        id="medication-notes"
        label="Notes (optional)"
        messages={messages}
        {...textProps(form, 'notes')}
        rows={3}
      />
      <FormActions form={form} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
