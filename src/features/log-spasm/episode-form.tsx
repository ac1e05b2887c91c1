import { useState } from 'react';
import { movementLabels, movements } from '../../domain/episodes';
import type { EpisodeDraft } from '../../domain/logging';
import type { ActivityChoice } from '../../domain/logging';
import type { Units } from '../../domain/settings';
import type { FieldErrors } from '../../domain/common';
import { ActivityField } from './activity-field';
import { ChoiceGroup, choicesOf } from './choice-group';
import { detailFields, MoreDetails } from './more-details';
import { SaveBar } from './save-bar';
// The shared tiles' stylesheet first: the chosen tile's check mark comes from it.
import '../../ui/choice-tiles.css';
import './log-spasm.css';
import { FormAlert } from '../../ui/form-alert';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { SubmitButton } from '../../ui/form-kit/submit-button';
import type { TabDraft } from '../../ui/form-kit/tab-draft';
import { useForm } from '../../ui/form-kit/use-form';

const severityChoices = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: String(n),
}));
const fieldOrder = ['severity', 'activityId', 'newActivity', 'movement', ...detailFields];

type EpisodeFormProps = {
  /** The answers to start from: an empty form's, or a logged spasm's. */
  initial: EpisodeDraft | (() => EpisodeDraft);
  /** This tab's draft of the form, brought back after a reload. */
  draft: TabDraft<EpisodeDraft>;
  /** Saves the draft; resolves to messages per field, or null once saved. */
  onSave: (draft: EpisodeDraft) => Promise<FieldErrors | null>;
  activities: readonly ActivityChoice[];
  units: Units;
  submitLabel?: string;
};

/** The spasm form shared by logging and editing: severity, then Save; all else optional. */
export function EpisodeForm(props: EpisodeFormProps) {
  const { activities, units, submitLabel = 'Save' } = props;
  const [moreOpen, setMoreOpen] = useState(false);
  const form = useForm({
    initial: props.initial,
    fields: fieldOrder,
    onSubmit: props.onSave,
    draft: props.draft,
    // A message inside "More details" must be seen: open it before focus moves there.
    onRefused: (refused) => {
      if (detailFields.some((field) => field in refused)) setMoreOpen(true);
    },
  });
  const { values: draft, errors, set: update } = form;

  return (
    <form {...form.formProps} className="episode-form">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
      {/* Messages for the whole record, or for a path no field shows. */}
      <FormAlert errors={errors} fields={fieldOrder} />
      <ChoiceGroup
        field="severity"
        className="severity"
        legend="How bad is it? (0 = no pain, 10 = worst imaginable)"
        choices={severityChoices}
        value={draft.severity === undefined ? undefined : String(draft.severity)}
        errors={errors}
        hint={
          <p className="severity-bands">
            <span>Mild: 1–3</span> <span>Moderate: 4–6</span> <span>Severe: 7–10</span>
          </p>
        }
        onChange={(value) => {
          update({ severity: Number(value) });
        }}
      />
      <ActivityField draft={draft} choices={activities} onChange={update} errors={errors} />
      <ChoiceGroup
        field="movement"
        legend={
          <>
            How were you moving? <span className="muted">(optional)</span>
          </>
        }
        choices={choicesOf(movements, movementLabels)}
        value={draft.movement}
        errors={errors}
        onChange={(movement) => {
          update({ movement });
        }}
      />
      <details
        className="more-details"
        open={moreOpen}
        onToggle={(event) => {
          setMoreOpen(event.currentTarget.open);
        }}
      >
        <summary>More details</summary>
        <MoreDetails draft={draft} onChange={update} errors={errors} units={units} />
      </details>
      <SaveBar>
        <SubmitButton saving={form.saving} className="button button-primary save-button">
          {submitLabel}
        </SubmitButton>
      </SaveBar>
    </form>
  );
}
