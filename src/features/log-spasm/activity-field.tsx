import { useState } from 'react';
import type { EpisodeDraft } from '../../domain/logging';
import type { ActivityChoice } from '../../domain/logging';
import type { FieldErrors } from '../../domain/common';
import { FieldError, invalidProps } from './field-error';

/** How many of the person's most used activities show before "Show all activities". */
const SHOWN_FIRST = 6;

type ActivityFieldProps = {
  draft: EpisodeDraft;
  choices: readonly ActivityChoice[];
  onChange: (patch: Partial<EpisodeDraft>) => void;
  errors: FieldErrors;
};

/** "What were you doing?": most used first, the rest behind a disclosure, or the person's own. */
export function ActivityField({ draft, choices, onChange, errors }: ActivityFieldProps) {
  const first = choices.slice(0, SHOWN_FIRST);
  const rest = choices.slice(SHOWN_FIRST);
  // Open the full list when the chosen activity is in it (editing an older spasm).
  const [showAll] = useState(() => rest.some((choice) => choice.id === draft.activityId));

  const toggle = (choice: ActivityChoice) => (
    <button
      key={choice.id}
      type="button"
      className="toggle"
      aria-pressed={draft.activityId === choice.id}
      onClick={() => {
        // Picking from the list replaces anything typed under "Add your own", and vice versa.
        onChange({
          activityId: draft.activityId === choice.id ? undefined : choice.id,
          newActivity: '',
        });
      }}
    >
      {choice.name}
    </button>
  );

  return (
    <fieldset className="choice-group" data-field="activityId">
      <legend>
        What were you doing? <span className="muted">(optional)</span>
      </legend>
      <div className="toggles">{first.map(toggle)}</div>
      {rest.length > 0 ? (
        <details className="all-activities" open={showAll}>
          <summary>Show all activities</summary>
          <div className="toggles">{rest.map(toggle)}</div>
        </details>
      ) : null}
      <FieldError errors={errors} field="activityId" />
      <div className="field" data-field="newActivity">
        <label htmlFor="episode-new-activity">Add your own</label>
        <input
          id="episode-new-activity"
          type="text"
          autoComplete="off"
          value={draft.newActivity}
          {...invalidProps(errors, 'newActivity')}
          onChange={(event) => {
            onChange({ newActivity: event.target.value, activityId: undefined });
          }}
        />
        <FieldError errors={errors} field="newActivity" />
      </div>
    </fieldset>
  );
}
