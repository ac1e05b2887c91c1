import { ChoiceTiles, scaleChoices } from '../../ui/choice-tiles';
import { showToast } from '../../ui/toast';
import { experiment as fields } from './field-error';
import { SubmitButton } from '../../ui/form-kit/submit-button';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { useForm } from '../../ui/form-kit/use-form';
import { experimentDraft } from './drafts';
import { addExperiment, type ExperimentDraft } from './save-experiment';

/** Before a feared activity: what it is, when, and the pain expected. */
export function ExperimentForm({ today, onDone }: { today: string; onDone: () => void }) {
  const form = useForm<ExperimentDraft>({
    initial: { activity: '', predictedPain: '', plannedFor: today },
    fields: ['activity', 'predictedPain', 'plannedFor'],
    onSubmit: async (draft) => {
      const saved = await addExperiment(draft);
      if (!saved.ok) return saved.errors;
      showToast({ text: 'Experiment planned' });
      onDone();
      return null;
    },
    draft: experimentDraft,
  });
  const { values: draft, errors, setValues: setDraft } = form;
  const { invalidProps, FieldError } = fields;

  return (
    <form {...form.formProps} className="guide-form">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
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
        <SubmitButton saving={form.saving}>Save prediction</SubmitButton>
        <button
          type="button"
          className="button"
          onClick={() => {
            form.reset();
            onDone();
          }}
        >
          Cancel
        </button>
      </p>
    </form>
  );
}
