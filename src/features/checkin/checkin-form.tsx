import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { morningResponseLabels, morningResponses } from '../../domain/episodes';
import type { ActivityChoice } from '../../domain/logging';
import { FORM_ERROR_KEY, type FieldErrors } from '../../domain/common';
import { ChoiceTiles, choicesFrom, scaleChoices } from '../../ui/choice-tiles';
import { CheckinActivities } from './checkin-activities';
import type { CheckinDraft } from './checkin-draft';
import './checkin.css';
import { FormAlert } from '../../ui/form-alert';

const fieldOrder = ['backPain', 'activityIds', 'morningAfterSession', 'notes'];

type CheckinFormProps = {
  initial: CheckinDraft;
  activities: readonly ActivityChoice[];
  /** Ask how the back is after yesterday's exercise session. */
  askMorningAfter: boolean;
  /** Saves the draft; resolves to messages per field, or null once saved. */
  onSave: (draft: CheckinDraft) => Promise<FieldErrors | null>;
  /** For an earlier day, its name ("3 December 2026"): the questions then ask about that day. */
  pastDay?: string | undefined;
};

/** The check-in: pain today, then what was done; the rest optional. One Save. */
export function CheckinForm({
  initial,
  activities,
  askMorningAfter,
  onSave,
  pastDay,
}: CheckinFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const update = (patch: Partial<CheckinDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };

  // After a refused save, take the person to the first message (a radio group at its chosen radio).
  useEffect(() => {
    const field = fieldOrder.find((key) => key in errors);
    const within = `[data-field="${field ?? ''}"]`;
    const find = (selector: string) => form.current?.querySelector<HTMLElement>(selector);
    if (field)
      (find(`${within} input:checked`) ?? find(`${within} input, ${within} textarea`))?.focus();
    else if (FORM_ERROR_KEY in errors) find('.form-alert')?.focus();
  }, [errors]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const refused = await onSave(draft);
    setSaving(false);
    if (refused) setErrors(refused);
  }

  return (
    <form ref={form} className="checkin-form" noValidate onSubmit={(event) => void submit(event)}>
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
      <button type="submit" className="button button-primary save-button" disabled={saving}>
        {saving ? 'Saving…' : 'Save check-in'}
      </button>
    </form>
  );
}
