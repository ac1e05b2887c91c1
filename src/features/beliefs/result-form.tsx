import { useState, type SyntheticEvent } from 'react';
import type { Experiment } from '../../domain/guide';
import type { FieldErrors } from '../../domain/common';
import { ChoiceTiles, scaleChoices } from '../../ui/choice-tiles';
import { showToast } from '../../ui/toast';
import { experiment as fields } from './field-error';
import { focusFirstError } from './focus-first-error';
import { recordResult, type ResultDraft } from './save-experiment';

type ResultFormProps = { experiment: Experiment; today: string; onDone: () => void };

/** After the activity: the pain actually felt, the day, and any notes. */
export function ResultForm({ experiment, today, onDone }: ResultFormProps) {
  const [draft, setDraft] = useState<ResultDraft>({ actualPain: '', doneOn: today, notes: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { invalidProps, FieldError } = fields;
  const id = `result-${experiment.id}`;

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const refused = await recordResult(experiment.id, draft);
    if (refused) {
      setErrors(refused);
      focusFirstError(form);
      return;
    }
    showToast({ text: 'Result saved' });
    onDone();
  }

  return (
    <form className="guide-form" noValidate onSubmit={(e) => void submit(e)}>
      <ChoiceTiles
        id={`${id}-pain`}
        name={`${id}-actualPain`}
        legend={`How much pain did you have? You expected ${experiment.predictedPain}.`}
        choices={scaleChoices}
        value={draft.actualPain === '' ? undefined : draft.actualPain}
        onChange={(actualPain) => {
          setDraft({ ...draft, actualPain });
        }}
        error={errors.actualPain}
        variant="scale"
      />
      <div className="field">
        <label htmlFor={`${id}-done`}>The day you did it</label>
        <input
          id={`${id}-done`}
          type="date"
          value={draft.doneOn}
          {...invalidProps(errors, 'doneOn')}
          onChange={(event) => {
            setDraft({ ...draft, doneOn: event.target.value });
          }}
        />
        <FieldError errors={errors} field="doneOn" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>What happened (optional)</label>
        <textarea
          id={`${id}-notes`}
          rows={2}
          value={draft.notes}
          {...invalidProps(errors, 'notes')}
          onChange={(event) => {
            setDraft({ ...draft, notes: event.target.value });
          }}
        />
        <FieldError errors={errors} field="notes" />
      </div>
      <p className="button-row">
        <button type="submit" className="button button-primary">
          Save result
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}
