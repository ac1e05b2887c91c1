import type { ReactNode } from 'react';
import './choice-tiles.css';

export type Choice<T extends string> = { value: T; label: string };

type ChoiceTilesProps<T extends string> = {
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

/**
 * One answer from a few, as big tiles for a thumb. Each is a native radio (visually hidden but
 * focusable) with its label styled as the tile, so arrow keys, screen readers and forms all work.
 */
export function ChoiceTiles<T extends string>(props: ChoiceTilesProps<T>) {
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
          <span className="choice-tile" key={choice.value}>
            <input
              type="radio"
              id={`${id}-${choice.value}`}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => {
                onChange(choice.value);
              }}
            />
            <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
          </span>
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
