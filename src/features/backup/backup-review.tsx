import { useEffect, useState } from 'react';
import {
  backupTables,
  summarizeBackup,
  type Backup,
  type BackupTableName,
} from '../../domain/backup';
import { countReplaceRemovals, type RestoreMode } from '../../data/backup/backup';
import { formatLongDay, formatNumber, plural } from '../../ui/format';

type BackupReviewProps = {
  backup: Backup;
  onRestore: (mode: RestoreMode) => Promise<void>;
  onCancel: () => void;
};

type Removals = { table: BackupTableName; count: number }[];

const words = (rows: Removals) =>
  rows.map(({ table, count }) => plural(count, backupTables[table].one, backupTables[table].many));

/** What the file holds, then merge (the default) or replace, which asks once more. */
export function BackupReview({ backup, onRestore, onCancel }: BackupReviewProps) {
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [removals, setRemovals] = useState<Removals | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = summarizeBackup(backup);
  const removed = removals?.reduce((sum, row) => sum + row.count, 0) ?? 0;

  // What a replace would delete, counted when replace is chosen (not for every merge).
  useEffect(() => {
    if (mode !== 'replace') return;
    let live = true;
    void countReplaceRemovals(backup).then((rows) => {
      if (live) setRemovals(rows);
    });
    return () => {
      live = false;
    };
  }, [backup, mode]);

  async function restore() {
    setBusy(true);
    await onRestore(mode);
    setBusy(false);
  }

  const mustConfirm = mode === 'replace' && removed > 0;
  return (
    <div className="backup-review">
      <h3>This backup holds</h3>
      {summary.counts.length === 0 ? <p>No records.</p> : null}
      <ul>
        {summary.counts.map((row) => (
          <li key={row.table}>
            {plural(row.count, backupTables[row.table].one, backupTables[row.table].many)}
          </li>
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
              setUnderstood(false);
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
        <div role="alert" className="notice">
          {removed > 0 ? (
            <p>
              Replacing deletes {plural(removed, 'record')} on this device that the backup
              doesn&apos;t have ({words(removals ?? []).join(', ')}). This cannot be undone.
            </p>
          ) : (
            <p>Everything on this device will be replaced by the backup. This cannot be undone.</p>
          )}
        </div>
      ) : null}
      {mustConfirm && confirming ? (
        <label className="check">
          <input
            type="checkbox"
            checked={understood}
            onChange={(event) => {
              setUnderstood(event.target.checked);
            }}
          />
          Yes, delete {removed === 1 ? 'this record' : `these ${formatNumber(removed)} records`}
        </label>
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
            disabled={
              busy || (mode === 'replace' && removals === null) || (mustConfirm && !understood)
            }
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
