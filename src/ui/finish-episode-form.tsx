import { useId, useState, type ReactNode, type Ref, type SyntheticEvent } from 'react';
import { useInPlacePanel } from './in-place-focus';

type FinishEpisodeFormProps = {
  /** Prefilled end time, as a datetime-local value. */
  defaultValue: string;
  /** Saves the end time; resolves to a message when it was refused, or null when saved. */
  onSave: (local: string) => Promise<string | null>;
  onCancel: () => void;
  ref?: Ref<HTMLFormElement>;
};

/** "It eased at…": sets the end time of a spasm that is still going. */
export function FinishEpisodeForm({ defaultValue, onSave, onCancel, ref }: FinishEpisodeFormProps) {
  const [value, setValue] = useState(defaultValue);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(await onSave(value));
  }

  return (
    <form ref={ref} className="finish-form" onSubmit={(event) => void submit(event)}>
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

/**
 * "It eased…" that opens the end-time form in place, and closes it once saved or cancelled. Focus
 * goes to the end time on open and back to "It eased…" on Cancel; once saved, the spasm is over
 * and "It eased…" goes, so to the heading of the row or card it was in.
 */
export function FinishEpisodeControl({
  offer,
  defaultValue,
  onSave,
  children,
}: FinishEpisodeControlProps) {
  const [open, setOpen] = useState(false);
  const { panelRef, openerRef } = useInPlacePanel<HTMLFormElement>(open);
  if (open) {
    return (
      <FinishEpisodeForm
        ref={panelRef}
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
          ref={openerRef}
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
