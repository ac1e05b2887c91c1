import { useState, type SyntheticEvent } from 'react';
import type { FieldErrors } from '../domain/common';
import { fieldErrorsFor } from './field-error';
import './hard-activities-form.css';

const { errorId, invalidProps, FieldError } = fieldErrorsFor('hard-activities');
const MAX = 5;
const MIN_ROWS = 3;

type HardActivitiesFormProps = {
  initial: readonly string[];
  /** Saves the list as typed; resolves to messages per field, or null once saved. */
  onSave: (activities: string[]) => Promise<FieldErrors | null>;
  submitLabel: string;
};

/**
 * The person's 3 to 5 everyday activities made hard by their back (the patient-specific scale),
 * one text box each. A refused save keeps every typed word.
 */
export function HardActivitiesForm({ initial, onSave, submitLabel }: HardActivitiesFormProps) {
  const [rows, setRows] = useState<string[]>(() => {
    const list = [...initial];
    while (list.length < MIN_ROWS) list.push('');
    return list;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const refused = await onSave(rows);
    setErrors(refused ?? {});
    setSaved(refused === null);
  }

  return (
    <form className="hard-activities" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset aria-describedby={errors.hardActivities ? errorId('hardActivities') : undefined}>
        <legend>Activities your back makes hard</legend>
        <p className="muted">
          Name 3 to 5 everyday things, such as lifting a case of water or bending over the crib.
        </p>
        {rows.map((value, index) => (
          <div className="field" key={index}>
            <label htmlFor={`hard-activity-${index + 1}`}>Activity {index + 1}</label>
            <input
              id={`hard-activity-${index + 1}`}
              type="text"
              value={value}
              autoComplete="off"
              {...invalidProps(errors, `hardActivities.${index}`)}
              onChange={(event) => {
                setSaved(false);
                setRows(rows.map((row, i) => (i === index ? event.target.value : row)));
              }}
            />
            <FieldError errors={errors} field={`hardActivities.${index}`} />
          </div>
        ))}
        <FieldError errors={errors} field="hardActivities" />
      </fieldset>
      <p className="button-row">
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
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
      </p>
      <p role="status" className="status-ok">
        {saved ? 'Activities saved.' : ''}
      </p>
    </form>
  );
}
