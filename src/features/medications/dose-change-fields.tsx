import type { MedicationDraft } from '../../domain/medications';
import type { FieldErrors } from '../../domain/common';
import { TextField } from '../../ui/form-kit/text-field';
import * as messages from './field-error';

type DoseChangeFieldsProps = {
  changes: MedicationDraft['doseChanges'];
  onChange: (changes: MedicationDraft['doseChanges']) => void;
  errors: FieldErrors;
};

/** Each dose change as a date and the new dose, with add and remove. */
export function DoseChangeFields({ changes, onChange, errors }: DoseChangeFieldsProps) {
  const update = (index: number, patch: Partial<MedicationDraft['doseChanges'][number]>) => {
    onChange(changes.map((change, i) => (i === index ? { ...change, ...patch } : change)));
  };
  return (
    <fieldset className="dose-changes">
      <legend>Dose changes</legend>
      {changes.length === 0 ? <p className="muted">No dose changes.</p> : null}
      {changes.map((change, index) => {
        const n = index + 1;
        return (
          <div key={index} className="dose-change" role="group" aria-label={`Dose change ${n}`}>
            <TextField
              id={`dose-change-${n}-on`}
              label={`Date of change ${n}`}
              messages={messages}
              errors={errors}
              field={`doseChanges.${index}.on`}
              type="date"
              value={change.on}
              onChange={(event) => {
                update(index, { on: event.target.value });
              }}
            />
            <TextField
              id={`dose-change-${n}-dose`}
              label={`New dose ${n}`}
              messages={messages}
              errors={errors}
              field={`doseChanges.${index}.dose`}
              type="text"
              value={change.dose}
              onChange={(event) => {
                update(index, { dose: event.target.value });
              }}
            />
            <button
              type="button"
              className="button"
              onClick={() => {
                onChange(changes.filter((_, i) => i !== index));
              }}
            >
              Remove change {n}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => {
          onChange([...changes, { on: '', dose: '' }]);
        }}
      >
        Add a dose change
      </button>
    </fieldset>
  );
}
