import { useState } from 'react';
import { ChoiceTiles } from '../../ui/choice-tiles';
import type { ActivityChoice } from '../../domain/logging';

/** How many of the person's most used activities show before "Show all activities". */
const SHOWN_FIRST = 8;

type CheckinActivitiesProps = {
  choices: readonly ActivityChoice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error: string | undefined;
};

/** "What did you do today?": every activity, most used first, the rest behind a disclosure. */
export function CheckinActivities({
  choices,
  selected,
  onChange,
  error,
  when = 'today',
}: CheckinActivitiesProps & { when?: string }) {
  const tiles = choices.map((c) => ({ value: c.id, label: c.name }));
  const first = tiles.slice(0, SHOWN_FIRST);
  const rest = tiles.slice(SHOWN_FIRST);
  // Open from the start when a ticked activity is in the rest (editing a past day); after that
  // the person opens and closes it, and ticking never snaps it shut.
  const [openAtStart] = useState(() => rest.some((t) => selected.includes(t.value)));
  const toggle = (value: string, on: boolean) => {
    onChange(on ? [...selected, value] : selected.filter((id) => id !== value));
  };
  return (
    <fieldset
      className="choice-tiles"
      data-field="activityIds"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? 'checkin-activityIds-error' : undefined}
    >
      <legend>
        What did you do {when}? <span className="muted">(tick all that apply)</span>
      </legend>
      <ChoiceTiles
        multiple
        id="checkin-activity"
        choices={first}
        selected={selected}
        onToggle={toggle}
      />
      {rest.length > 0 ? (
        <details className="all-activities" open={openAtStart}>
          <summary>Show all activities</summary>
          <ChoiceTiles
            multiple
            id="checkin-activity"
            choices={rest}
            selected={selected}
            onToggle={toggle}
          />
        </details>
      ) : null}
      {error ? (
        <p id="checkin-activityIds-error" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
