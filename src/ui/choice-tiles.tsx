import type { ReactNode } from 'react';
import './choice-tiles.css';

export type Choice<T extends string> = { value: T; label: string };

type OneOfProps<T extends string> = {
  multiple?: false;
  /** Unique on the page: prefixes the ids of the radios, hint and message. */
  id: string;
  /** The radio group's name (also the form field it answers). */
  name: string;
  legend: ReactNode;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  /** The message to show under the tiles, when the answer was refused. */
  error?: string | undefined;
  /** Shown under the tiles, and read out with the group. */
  hint?: ReactNode;
  /** "scale" lays out eleven 0-10 tiles as two rows on a phone. */
  variant?: 'wrap' | 'scale';
};

type ManyOfProps = {
  /** Several answers: checkboxes, in the caller's own fieldset (which names them). */
  multiple: true;
  /** Unique on the page: prefixes the ids of the checkboxes. */
  id: string;
  choices: readonly Choice<string>[];
  selected: readonly string[];
  onToggle: (value: string, on: boolean) => void;
  /** Rendered after the tiles (e.g. a disclosure with the rest of a long list). */
  children?: ReactNode;
};

/** One tile: a native input (visually hidden, focusable) with its label styled as the tile. */
function Tile(props: {
  type: 'radio' | 'checkbox';
  id: string;
  name?: string;
  choice: Choice<string>;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const { type, id, name, choice, checked, onChange } = props;
  return (
    <span className="choice-tile">
      <input
        type={type}
        id={`${id}-${choice.value}`}
        name={name}
        value={choice.value}
        checked={checked}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
    </span>
  );
}

/**
 * The one tile component: answers as big tiles for a thumb. Each is a native radio or checkbox
 * (visually hidden but focusable) with its label styled as the tile, so arrow keys, Space,
 * screen readers and forms all work. One answer (`value`, `onChange`) is a radio group with its
 * legend, hint and message; `multiple` gives checkboxes inside the caller's fieldset.
 */
export function ChoiceTiles<T extends string>(props: OneOfProps<T> | ManyOfProps) {
  if (props.multiple) {
    const { id, choices, selected, onToggle, children } = props;
    return (
      <div className="choice-tiles-list">
        {choices.map((choice) => (
          <Tile
            key={choice.value}
            type="checkbox"
            id={id}
            choice={choice}
            checked={selected.includes(choice.value)}
            onChange={(on) => {
              onToggle(choice.value, on);
            }}
          />
        ))}
        {children}
      </div>
    );
  }
  const { id, name, legend, choices, value, onChange, error, hint, variant = 'wrap' } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <fieldset
      role="radiogroup"
      className={`choice-tiles choice-tiles-${variant}`}
      data-field={name}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
    >
      <legend>{legend}</legend>
      <div className="choice-tiles-list">
        {choices.map((choice) => (
          <Tile
            key={choice.value}
            type="radio"
            id={id}
            name={name}
            choice={choice}
            checked={value === choice.value}
            onChange={() => {
              onChange(choice.value);
            }}
          />
        ))}
      </div>
      {hint ? (
        <div id={`${id}-hint`} className="choice-tiles-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Choices from a list of values and their labels. */
export function choicesFrom<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): Choice<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** The eleven tiles of a 0-10 numeric rating scale. */
export const scaleChoices: readonly Choice<string>[] = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: String(n),
}));
