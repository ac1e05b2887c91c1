import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { movementLabels, movements } from '../../domain/episodes';
import type { EpisodeDraft } from '../../domain/logging';
import type { ActivityChoice } from '../../domain/logging';
import type { Units } from '../../domain/settings';
import type { FieldErrors } from '../../domain/common';
import { ActivityField } from './activity-field';
import { ChoiceGroup, choicesOf } from './choice-group';
import { detailFields, MoreDetails } from './more-details';
// The shared tiles' stylesheet first: the chosen tile's check mark comes from it.
import '../../ui/choice-tiles.css';
import './log-spasm.css';
import { FormAlert } from '../../ui/form-alert';

const severityChoices = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: String(n),
}));
const fieldOrder = ['severity', 'activityId', 'newActivity', 'movement', ...detailFields];

type EpisodeFormProps = {
  draft: EpisodeDraft;
  onChange: (draft: EpisodeDraft) => void;
  /** Saves the draft; resolves to messages per field, or null once saved. */
  onSave: (draft: EpisodeDraft) => Promise<FieldErrors | null>;
  activities: readonly ActivityChoice[];
  units: Units;
  submitLabel?: string;
};

/** The spasm form shared by logging and editing: severity, then Save; all else optional. */
export function EpisodeForm(props: EpisodeFormProps) {
  const { draft, onChange, onSave, activities, units, submitLabel = 'Save' } = props;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusNext = useRef<string | null>(null);
  const update = (patch: Partial<EpisodeDraft>) => {
    onChange({ ...draft, ...patch });
  };

  // After a refused save has rendered its messages, take the person to the first one.
  useEffect(() => {
    const field = focusNext.current;
    focusNext.current = null;
    if (field === null) return;
    const find = (selector: string) => form.current?.querySelector<HTMLElement>(selector);
    const within = `[data-field="${field}"]`;
    // A radio group is entered at its chosen radio, as the Tab key would.
    const target =
      find(`${within} input:checked`) ??
      find(`${within} input, ${within} textarea`) ??
      find('.form-alert');
    target?.focus();
  }, [errors]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const refused = await onSave(draft);
    setSaving(false);
    if (refused === null) return;
    const first = fieldOrder.find((field) => field in refused) ?? null;
    if (detailFields.some((field) => field in refused)) setMoreOpen(true);
    focusNext.current = first;
    setErrors(refused);
  }

  return (
    <form ref={form} className="episode-form" noValidate onSubmit={(event) => void submit(event)}>
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
      <button type="submit" className="button button-primary save-button" disabled={saving}>
        {saving ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
