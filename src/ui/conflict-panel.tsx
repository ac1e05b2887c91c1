import { useEffect, useId, useRef } from 'react';

export type ConflictPanelProps = {
  /** What was edited, as a person says it: "spasm", "check-in". */
  thing: string;
  /**
   * The answers both tabs changed differently, in words ("severity", "notes"); empty when the
   * two sets of changes touch different answers and so can be kept together.
   */
  clashes: readonly string[];
  busy?: boolean;
  /** Why the last choice could not be saved, if it couldn't. */
  error?: string | undefined;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** Offered only when `clashes` is empty. */
  onKeepBoth: () => void;
};

const listed = (items: readonly string[]) =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

/**
 * Shown in place of a save when the record changed in another tab after this form opened:
 * nothing has been written, and the person chooses what to keep. An alert dialog in the page
 * (not modal): focus moves to its heading, the form stays readable under it.
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const { thing, clashes, busy = false, error, onKeepMine, onTakeTheirs, onKeepBoth } = props;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const canKeepBoth = clashes.length === 0;

  return (
    <section
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      className="card notice conflict-panel"
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        This {thing} was changed in another tab
      </h2>
      <div id={`${id}-text`}>
        <p>Your changes are not saved yet, and nothing was overwritten. Choose what to keep.</p>
        <p>
          Keep mine saves what you entered here in place of the other tab&apos;s version; Take
          theirs shows the other tab&apos;s version here instead of yours.
        </p>
        {canKeepBoth ? (
          <p>The two tabs changed different answers, so both sets of changes can be kept.</p>
        ) : (
          <p>Both tabs changed {listed(clashes)}, so the two can&apos;t be combined.</p>
        )}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
      <p className="button-row">
        {canKeepBoth ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={onKeepBoth}
          >
            Keep both changes
          </button>
        ) : null}
        <button
          type="button"
          className={canKeepBoth ? 'button' : 'button button-primary'}
          disabled={busy}
          onClick={onKeepMine}
        >
          Keep mine
        </button>
        <button type="button" className="button" disabled={busy} onClick={onTakeTheirs}>
          Take theirs
        </button>
      </p>
    </section>
  );
}
