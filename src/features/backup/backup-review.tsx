import { useState } from 'react';
import type { Backup } from '../../domain/backup';
import { summarizeBackup } from '../../domain/backup';
import type { RestoreMode } from '../../data/backup';
import { formatLongDay } from '../../ui/format';

type BackupReviewProps = {
  backup: Backup;
  onRestore: (mode: RestoreMode) => Promise<void>;
  onCancel: () => void;
};

/** What the file holds, then merge (the default) or replace, which asks once more. */
export function BackupReview({ backup, onRestore, onCancel }: BackupReviewProps) {
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const summary = summarizeBackup(backup);

  async function restore() {
    setBusy(true);
    await onRestore(mode);
    setBusy(false);
  }

  return (
    <div className="backup-review">
      <h3>This backup holds</h3>
      {summary.counts.length === 0 ? <p>No records.</p> : null}
      <ul>
        {summary.counts.map((row) => (
          <li key={row.table}>{row.words}</li>
        ))}
      </ul>
      {summary.from && summary.to ? (
        <p>
          From {formatLongDay(summary.from)} to {formatLongDay(summary.to)}.
        </p>
      ) : null}
      <fieldset>
        <legend>How should it be restored?</legend>
        <label className="check">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'merge'}
            onChange={() => {
              setMode('merge');
              setConfirming(false);
            }}
          />
          Merge: add what is missing here and keep the newer copy of anything edited in both
        </label>
        <label className="check">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'replace'}
            onChange={() => {
              setMode('replace');
            }}
          />
          Replace: delete everything on this device and use the backup instead
        </label>
      </fieldset>
      {mode === 'replace' && confirming ? (
        <p role="alert" className="notice">
          Everything on this device will be replaced by the backup. This cannot be undone.
        </p>
      ) : null}
      <p className="button-row">
        {mode === 'replace' && !confirming ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setConfirming(true);
            }}
          >
            Replace…
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void restore()}
          >
            {mode === 'merge' ? 'Merge backup' : 'Yes, replace everything'}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
