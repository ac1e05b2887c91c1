import { useState } from 'react';
import type { FieldErrors } from '../domain/common';
import { fieldErrorsFor } from './field-error';
import { textListDraft } from './form-kit/draft-parsers';
import { DraftNotice } from './form-kit/draft-notice';
import { FormActions } from './form-kit/form-actions';
import { tabDraft } from './form-kit/tab-draft';
import { TextField } from './form-kit/text-field';
import { useForm } from './form-kit/use-form';
import './hard-activities-form.css';

const messages = fieldErrorsFor('hard-activities', { tagControls: true });
const { errorId, FieldError } = messages;
const MAX = 5;
const MIN_ROWS = 3;
const rowFields = Array.from({ length: MAX }, (_, i) => `hardActivities.${i}`);

/**
 * This tab's unsaved list: one setting, so one draft wherever the form shows (Outcomes, Settings).
 * Erasing all data empties it (clearTabDrafts, wired once in src/app/erase-drafts.ts).
 */
const hardActivitiesDraft = tabDraft('hard-activities', textListDraft);

type HardActivitiesFormProps = {
  initial: readonly string[];
  /** Saves the list as typed; resolves to messages per field, or null once saved. */
  onSave: (activities: string[]) => Promise<FieldErrors | null>;
  submitLabel: string;
};

/**
 * The person's 3 to 5 everyday activities made hard by their back (the patient-specific scale),
 * one text box each. A refused save keeps every typed word; so does a reload, until saved.
 */
export function HardActivitiesForm({ initial, onSave, submitLabel }: HardActivitiesFormProps) {
  const [saved, setSaved] = useState(false);
  const form = useForm<string[]>({
    initial: () => {
      const list = [...initial];
      while (list.length < MIN_ROWS) list.push('');
      return list;
    },
    fields: [...rowFields, 'hardActivities'],
    onSubmit: async (rows) => {
      const refused = await onSave(rows);
      setSaved(refused === null);
      return refused;
    },
    draft: hardActivitiesDraft,
  });
  const { values: rows, errors, setValues: setRows } = form;

  return (
    <form {...form.formProps} className="hard-activities">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
      <fieldset
        data-field="hardActivities"
        aria-describedby={errors.hardActivities ? errorId('hardActivities') : undefined}
      >
        <legend>Activities your back makes hard</legend>
        <p className="muted">
          Name 3 to 5 everyday things, such as lifting a case of water or bending over the crib.
        </p>
        {rows.map((value, index) => (
          <TextField
            key={index}
            id={`hard-activity-${index + 1}`}
            label={`Activity ${index + 1}`}
            messages={messages}
            errors={errors}
            field={`hardActivities.${index}`}
            type="text"
            value={value}
            autoComplete="off"
            onChange={(event) => {
              setSaved(false);
              setRows(rows.map((row, i) => (i === index ? event.target.value : row)));
            }}
          />
        ))}
        <FieldError errors={errors} field="hardActivities" />
      </fieldset>
      <FormActions form={form} submitLabel={submitLabel}>
        {rows.length < MAX ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setRows([...rows, '']);
            }}
          >
            Add another activity
          </button>
        ) : null}
      </FormActions>
      <p role="status" className="status-ok">
        {saved ? 'Activities saved.' : ''}
      </p>
    </form>
  );
}
