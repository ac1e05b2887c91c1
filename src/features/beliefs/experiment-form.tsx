import { useState, type SyntheticEvent } from 'react';
import type { FieldErrors } from '../../domain/common';
import { ChoiceTiles, scaleChoices } from '../../ui/choice-tiles';
import { showToast } from '../../ui/toast';
import { experiment as fields } from './field-error';
import { focusFirstError } from './focus-first-error';
import { addExperiment, type ExperimentDraft } from './save-experiment';

/** Before a feared activity: what it is, when, and the pain expected. */
export function ExperimentForm({ today, onDone }: { today: string; onDone: () => void }) {
  const [draft, setDraft] = useState<ExperimentDraft>({
    activity: '',
    predictedPain: '',
    plannedFor: today,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { invalidProps, FieldError } = fields;

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const saved = await addExperiment(draft);
    if (!saved.ok) {
      setErrors(saved.errors);
      focusFirstError(form);
      return;
    }
    showToast({ text: 'Experiment planned' });
    onDone();
  }

  return (
    <form className="guide-form" noValidate onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor="experiment-activity">The activity you are wary of</label>
        <input
          id="experiment-activity"
          type="text"
          value={draft.activity}
          autoComplete="off"
          {...invalidProps(errors, 'activity')}
          onChange={(event) => {
            setDraft({ ...draft, activity: event.target.value });
          }}
        />
        <FieldError errors={errors} field="activity" />
      </div>
      <ChoiceTiles
        id="experiment-predicted"
        name="predictedPain"
        legend="How much pain do you expect? (0 none, 10 worst)"
        choices={scaleChoices}
        value={draft.predictedPain === '' ? undefined : draft.predictedPain}
        onChange={(predictedPain) => {
          setDraft({ ...draft, predictedPain });
        }}
        error={errors.predictedPain}
        variant="scale"
      />
      <div className="field">
        <label htmlFor="experiment-planned">When you plan to do it</label>
        <input
          id="experiment-planned"
          type="date"
          value={draft.plannedFor}
          {...invalidProps(errors, 'plannedFor')}
          onChange={(event) => {
            setDraft({ ...draft, plannedFor: event.target.value });
          }}
        />
        <FieldError errors={errors} field="plannedFor" />
      </div>
      <p className="button-row">
        <button type="submit" className="button button-primary">
          Save prediction
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}
