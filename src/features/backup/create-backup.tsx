import { useState, type SyntheticEvent } from 'react';
import { encryptBackup } from '../../data/backup/backup-crypto';
import { exportBackup } from '../../data/backup/backup';
import { recordBackupMade } from '../../data/backup/backup-status';
import { systemClock } from '../../data/clock';
import { plural } from '../../ui/format';
import { saveFile } from '../../ui/save-file';

type Status = { kind: 'idle' | 'working' | 'done' | 'error'; message?: string };

/** "Back up now", with an optional passphrase that encrypts the file. */
export function CreateBackup() {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const mismatch = passphrase !== '' && confirm !== '' && passphrase !== confirm;

  async function backUp(event: SyntheticEvent) {
    event.preventDefault();
    if (passphrase !== confirm) {
      setStatus({
        kind: 'error',
        message: 'The two passphrases are different. Type the same one twice.',
      });
      return;
    }
    setStatus({ kind: 'working' });
    try {
      const backup = await exportBackup(__APP_VERSION__);
      const json = JSON.stringify(backup);
      const text = passphrase ? JSON.stringify(await encryptBackup(json, passphrase)) : json;
      const name = `steadyback-backup-health-data-${systemClock().today}${passphrase ? '-encrypted' : ''}.json`;
      const records = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
      const how = await saveFile(
        new File([text], name, { type: 'application/json' }),
        'Steadyback backup: personal health data. Keep it private.',
      );
      await recordBackupMade();
      setStatus({
        kind: 'done',
        message: `Backup ${how === 'shared' ? 'shared' : 'saved'} as ${name} (${plural(records, 'record')}). It holds your health data: ${passphrase ? 'keep the passphrase safe, without it the file cannot be opened.' : 'anyone with the file can read it, so keep it somewhere private.'}`,
      });
    } catch (error) {
      setStatus(
        error instanceof DOMException && error.name === 'AbortError'
          ? { kind: 'idle' }
          : {
              kind: 'error',
              message: 'The backup could not be made. Try again; nothing has changed.',
            },
      );
    }
  }

  return (
    <form className="card backup-form" onSubmit={(event) => void backUp(event)}>
      <h2>Back up</h2>
      <label htmlFor="backup-passphrase">Passphrase (optional)</label>
      <p id="backup-passphrase-hint" className="muted">
        With a passphrase the file is encrypted; without it, anyone with the file can read it.
      </p>
      <input
        id="backup-passphrase"
        type="password"
        autoComplete="new-password"
        aria-describedby="backup-passphrase-hint"
        value={passphrase}
        onChange={(event) => {
          setPassphrase(event.target.value);
        }}
      />
      {passphrase ? (
        <>
          <label htmlFor="backup-confirm">Type the passphrase again</label>
          <input
            id="backup-confirm"
            type="password"
            autoComplete="new-password"
            aria-invalid={mismatch || undefined}
            value={confirm}
            onChange={(event) => {
              setConfirm(event.target.value);
            }}
          />
        </>
      ) : null}
      <p>
        <button
          type="submit"
          className="button button-primary"
          disabled={status.kind === 'working'}
        >
          {status.kind === 'working' ? 'Backing up…' : 'Back up now'}
        </button>
      </p>
      <p
        role={status.kind === 'error' ? 'alert' : 'status'}
        className={status.kind === 'error' ? 'field-error' : undefined}
      >
        {status.message}
      </p>
    </form>
  );
}
