import { ChoiceTiles, scaleChoices } from '../../ui/choice-tiles';
import { showToast } from '../../ui/toast';
import { experiment as fields } from './field-error';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { FormActions } from '../../ui/form-kit/form-actions';
import { TextField, textProps } from '../../ui/form-kit/text-field';
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

  return (
    <form {...form.formProps} className="guide-form">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
      <TextField
        id="experiment-activity"
        label="The activity you are wary of"
        messages={fields}
        {...textProps(form, 'activity')}
        type="text"
        autoComplete="off"
      />
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
      <TextField
        id="experiment-planned"
        label="When you plan to do it"
        messages={fields}
        {...textProps(form, 'plannedFor')}
        type="date"
      />
      <FormActions form={form} submitLabel="Save prediction" onCancel={onDone} />
    </form>
  );
}
