import { useId, useState, type SyntheticEvent } from 'react';

type FinishEpisodeFormProps = {
  /** Prefilled end time, as a datetime-local value. */
  defaultValue: string;
  /** Saves the end time; resolves to a message when it was refused, or null when saved. */
  onSave: (local: string) => Promise<string | null>;
  onCancel: () => void;
};

/** "It eased at…": sets the end time of a spasm that is still going. */
export function FinishEpisodeForm({ defaultValue, onSave, onCancel }: FinishEpisodeFormProps) {
  const [value, setValue] = useState(defaultValue);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(await onSave(value));
  }

  return (
    <form className="finish-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-end`}>It eased at</label>
      <input
        id={`${id}-end`}
        type="datetime-local"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <p className="button-row">
        <button type="submit" className="button button-primary">
          Save end time
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
