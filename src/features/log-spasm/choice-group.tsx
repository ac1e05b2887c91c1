import type { ReactNode } from 'react';
import type { FieldErrors } from '../../domain/common';
import { errorId, FieldError } from './field-error';

export type Choice<T extends string> = { value: T; label: string };

type ChoiceGroupProps<T extends string> = {
  /** The form field (and radio name) this group answers. */
  field: string;
  legend: ReactNode;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  errors: FieldErrors;
  /** Shown under the choices, and read out with the group. */
  hint?: ReactNode;
  className?: string;
};

/**
 * One answer from a few, as big tiles. Each is a native radio (visually hidden but focusable) with
 * its label styled as the tile, so arrow keys, screen readers and forms all work as usual.
 */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { field, legend, choices, value, onChange, errors, hint, className = '' } = props;
  const hintId = `episode-${field}-hint`;
  const invalid = errors[field] !== undefined;
  const describedBy = [hint ? hintId : '', invalid ? errorId(field) : ''].filter(Boolean);
  return (
    <fieldset
      role="radiogroup"
      className={`choice-group ${className}`}
      data-field={field}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
    >
      <legend>{legend}</legend>
      <div className="tiles">
        {choices.map((choice) => (
          <span className="tile" key={choice.value}>
            <input
              type="radio"
              className="tile-input"
              id={`episode-${field}-${choice.value}`}
              name={field}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => {
                onChange(choice.value);
              }}
            />
            <label htmlFor={`episode-${field}-${choice.value}`}>{choice.label}</label>
          </span>
        ))}
      </div>
      {hint ? (
        <div id={hintId} className="choice-hint">
          {hint}
        </div>
      ) : null}
      <FieldError errors={errors} field={field} />
    </fieldset>
  );
}

/** Choices from a list of values and their labels. */
export function choicesOf<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): Choice<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
