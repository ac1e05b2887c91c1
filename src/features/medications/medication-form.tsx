import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { matchDrug } from '../../domain/medications';
import type { MedicationDraft } from '../../domain/medications';
import { FORM_ERROR_KEY, type FieldErrors } from '../../domain/common';
import { DoseChangeFields } from './dose-change-fields';
import { FieldError, invalidProps } from './field-error';
import './medications.css';

type MedicationFormProps = {
  initial: MedicationDraft;
  /** Saves the draft; resolves to messages per field, or null once saved. */
  onSave: (draft: MedicationDraft) => Promise<FieldErrors | null>;
  onCancel?: () => void;
  submitLabel: string;
};

type TextField = 'name' | 'startedOn' | 'dose' | 'stoppedOn';

/** Name, dates, dose and notes of a medicine. A refused save keeps every typed value. */
export function MedicationForm({ initial, onSave, onCancel, submitLabel }: MedicationFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const match = matchDrug(draft.name);

  // After a refused save has rendered its messages, take the person to the first one.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-alert')?.focus();
  }, [errors]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const refused = await onSave(draft);
    setSaving(false);
    if (refused) setErrors(refused);
  }

  const input = (field: TextField, label: string, type: 'text' | 'date', hint?: string) => (
    <div className="field">
      <label htmlFor={`medication-${field}`}>{label}</label>
      {hint ? <p className="muted hint">{hint}</p> : null}
      <input
        id={`medication-${field}`}
        type={type}
        value={draft[field]}
        autoComplete="off"
        {...invalidProps(errors, field)}
        onChange={(event) => {
          setDraft({ ...draft, [field]: event.target.value });
        }}
      />
      <FieldError errors={errors} field={field} />
    </div>
  );
  const formError = errors[FORM_ERROR_KEY];

  return (
    <form ref={form} className="medication-form" noValidate onSubmit={(e) => void submit(e)}>
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
      <div className="field">
        <label htmlFor="medication-notes">Notes (optional)</label>
        <textarea
          id="medication-notes"
          rows={3}
          value={draft.notes}
          {...invalidProps(errors, 'notes')}
          onChange={(event) => {
            setDraft({ ...draft, notes: event.target.value });
          }}
        />
        <FieldError errors={errors} field="notes" />
      </div>
      <p className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </p>
    </form>
  );
}
