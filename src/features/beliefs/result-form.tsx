import type { Experiment } from '../../domain/guide';
import { ChoiceTiles, scaleChoices } from '../../ui/choice-tiles';
import { showToast } from '../../ui/toast';
import { experiment as fields } from './field-error';
import { SubmitButton } from '../../ui/form-kit/submit-button';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { useForm } from '../../ui/form-kit/use-form';
import { resultDraftOf } from './drafts';
import { recordResult, type ResultDraft } from './save-experiment';

type ResultFormProps = { experiment: Experiment; today: string; onDone: () => void };

/** After the activity: the pain actually felt, the day, and any notes. */
export function ResultForm({ experiment, today, onDone }: ResultFormProps) {
  const id = `result-${experiment.id}`;
  const form = useForm<ResultDraft>({
    initial: { actualPain: '', doneOn: today, notes: '' },
    fields: ['actualPain', 'doneOn', 'notes'],
    onSubmit: async (draft) => {
      const refused = await recordResult(experiment.id, draft);
      if (refused) return refused;
      showToast({ text: 'Result saved' });
      onDone();
      return null;
    },
    draft: resultDraftOf(experiment.id),
  });
  const { values: draft, errors, setValues: setDraft } = form;
  const { invalidProps, FieldError } = fields;

  return (
    <form {...form.formProps} className="guide-form">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
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
        <SubmitButton saving={form.saving}>Save result</SubmitButton>
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
