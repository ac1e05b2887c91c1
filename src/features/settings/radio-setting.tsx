import { useState, type ReactNode } from 'react';

type RadioSettingProps<T extends string | number> = {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  /** Saves the choice; resolves to a message when it was refused, or null. */
  onChoose: (value: T) => Promise<string | null>;
  /** What the choice covers, shown under the options. */
  children?: ReactNode;
};

/** One setting chosen from a few, saved as soon as it is picked. */
export function RadioSetting<T extends string | number>(props: RadioSettingProps<T>) {
  const { legend, name, options, value, onChoose, children } = props;
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset className="card settings-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="check">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => {
              void onChoose(option.value).then(setError);
            }}
          />
          {option.label}
        </label>
      ))}
      {children}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
