import type { Experiment } from '../../domain/guide';
import { ChoiceTiles, scaleChoices } from '../../ui/choice-tiles';
import { showToast } from '../../ui/toast';
import { experiment as fields } from './field-error';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { FormActions } from '../../ui/form-kit/form-actions';
import { TextAreaField, TextField, textProps } from '../../ui/form-kit/text-field';
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
      <TextField
        id={`${id}-done`}
        label="The day you did it"
        messages={fields}
        {...textProps(form, 'doneOn')}
        type="date"
      />
      <TextAreaField
        id={`${id}-notes`}
        label="What happened (optional)"
        messages={fields}
        {...textProps(form, 'notes')}
        rows={2}
      />
      <FormActions form={form} submitLabel="Save result" onCancel={onDone} />
    </form>
  );
}
