import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';

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

type FinishEpisodeControlProps = {
  /** Whether to offer "It eased…" (only while the spasm is still going). */
  offer: boolean;
  /** The end time to prefill, read when the form opens. */
  defaultValue: () => string;
  onSave: (local: string) => Promise<string | null>;
  /** Other actions shown beside "It eased…" (edit, delete). */
  children?: ReactNode;
};

/** "It eased…" that opens the end-time form in place, and closes it once saved or cancelled. */
export function FinishEpisodeControl({
  offer,
  defaultValue,
  onSave,
  children,
}: FinishEpisodeControlProps) {
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <FinishEpisodeForm
        defaultValue={defaultValue()}
        onSave={async (local) => {
          const message = await onSave(local);
          if (message === null) setOpen(false);
          return message;
        }}
        onCancel={() => {
          setOpen(false);
        }}
      />
    );
  }
  return (
    <p className="button-row">
      {offer ? (
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setOpen(true);
          }}
        >
          It eased…
        </button>
      ) : null}
      {children}
    </p>
  );
}
