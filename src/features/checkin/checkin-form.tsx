import { morningResponseLabels, morningResponses } from '../../domain/episodes';
import type { ActivityChoice } from '../../domain/logging';
import type { FieldErrors } from '../../domain/common';
import { ChoiceTiles, choicesFrom, scaleChoices } from '../../ui/choice-tiles';
import { CheckinActivities } from './checkin-activities';
import type { CheckinDraft } from './checkin-draft';
import './checkin.css';
import { FormAlert } from '../../ui/form-alert';
import { DraftNotice } from '../../ui/form-kit/draft-notice';
import { SubmitButton } from '../../ui/form-kit/submit-button';
import type { TabDraft } from '../../ui/form-kit/tab-draft';
import { useForm } from '../../ui/form-kit/use-form';

const fieldOrder = ['backPain', 'activityIds', 'morningAfterSession', 'notes'];

type CheckinFormProps = {
  initial: CheckinDraft;
  activities: readonly ActivityChoice[];
  /** Ask how the back is after yesterday's exercise session. */
  askMorningAfter: boolean;
  /** Saves the draft; resolves to messages per field, or null once saved. */
  onSave: (draft: CheckinDraft) => Promise<FieldErrors | null>;
  /** This tab's draft of the day's check-in, so a reload keeps what was chosen. */
  draft?: TabDraft<CheckinDraft> | undefined;
  /** For an earlier day, its name ("3 December 2026"): the questions then ask about that day. */
  pastDay?: string | undefined;
};

/** The check-in: pain today, then what was done; the rest optional. One Save. */
export function CheckinForm(props: CheckinFormProps) {
  const { initial, activities, askMorningAfter, onSave, pastDay } = props;
  const form = useForm({ initial, fields: fieldOrder, onSubmit: onSave, draft: props.draft });
  const { values: draft, errors, set: update } = form;

  return (
    <form {...form.formProps} className="checkin-form">
      <DraftNotice restored={form.restored} onStartAgain={form.reset} />
      {/* Messages for the whole record, or for a path no field shows. */}
      <FormAlert errors={errors} fields={fieldOrder} />
      <ChoiceTiles
        id="checkin-pain"
        name="backPain"
        variant="scale"
        legend={`${pastDay ? `How was your back on ${pastDay}?` : 'How is your back today?'} (0 = no pain, 10 = worst imaginable)`}
        choices={scaleChoices}
        value={draft.backPain === undefined ? undefined : String(draft.backPain)}
        error={errors.backPain}
        hint={<p>Mild: 1–3 · Moderate: 4–6 · Severe: 7–10</p>}
        onChange={(value) => {
          update({ backPain: Number(value) });
        }}
      />
      <CheckinActivities
        when={pastDay ? `on ${pastDay}` : 'today'}
        choices={activities}
        selected={draft.activityIds}
        error={errors.activityIds}
        onChange={(activityIds) => {
          update({ activityIds });
        }}
      />
      {askMorningAfter ? (
        <ChoiceTiles
          id="checkin-morning"
          name="morningAfterSession"
          legend={
            pastDay
              ? `After the exercise session the day before, how was your back on the morning of ${pastDay}?`
              : "After yesterday's exercise session, how is your back this morning?"
          }
          choices={choicesFrom(morningResponses, morningResponseLabels)}
          value={draft.morningAfterSession}
          error={errors.morningAfterSession}
          onChange={(morningAfterSession) => {
            update({ morningAfterSession });
          }}
        />
      ) : null}
      <div className="field" data-field="notes">
        <label htmlFor="checkin-notes">
          Notes <span className="muted">(optional)</span>
        </label>
        <textarea
          id="checkin-notes"
          rows={2}
          value={draft.notes}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={errors.notes ? 'checkin-notes-error' : undefined}
          onChange={(event) => {
            update({ notes: event.target.value });
          }}
        />
        {errors.notes ? (
          <p id="checkin-notes-error" className="field-error">
            {errors.notes}
          </p>
        ) : null}
      </div>
      <SubmitButton saving={form.saving} className="button button-primary save-button">
        Save check-in
      </SubmitButton>
    </form>
  );
}
