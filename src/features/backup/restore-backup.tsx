import { useRef, useState } from 'react';
import { parseBackup, type Backup } from '../../domain/backup';
import { isEncryptedBackup } from '../../data/backup-crypto';
import { restoreBackup, type RestoreMode } from '../../data/backup';
import { systemClock } from '../../data/clock';
import { startDecryption, type Decryption } from '../../data/decrypt-off-thread';
import { formatNumber, plural } from '../../ui/format';
import { BackupReview } from './backup-review';
import { PassphrasePrompt } from './passphrase-prompt';

type Step =
  | { kind: 'choose' }
  | { kind: 'locked'; text: string; bytes: number }
  | { kind: 'review'; backup: Backup }
  | { kind: 'restoring'; written: number; total: number }
  | { kind: 'done'; written: number };

const firstMessage = (errors: Record<string, string>) =>
  Object.values(errors)[0] ?? 'Nothing was restored: this file could not be read.';

/** Choose a file, unlock it if encrypted, see what it holds, then merge or replace. */
export function RestoreBackup() {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const decryption = useRef<Decryption | null>(null);

  function read(text: string, bytes: number) {
    const parsed = parseBackup(text, bytes, systemClock().now);
    if (parsed.ok) setStep({ kind: 'review', backup: parsed.value });
    else {
      setStep({ kind: 'choose' });
      setError(firstMessage(parsed.errors));
    }
  }

  async function choose(file: File | undefined) {
    setError(null);
    if (!file) return;
    const text = await file.text();
    if (isEncryptedBackup(text)) setStep({ kind: 'locked', text, bytes: file.size });
    else read(text, file.size);
  }

  async function unlock(passphrase: string) {
    if (step.kind !== 'locked') return;
    setError(null);
    const running = startDecryption(step.text, passphrase);
    decryption.current = running;
    const opened = await running.result;
    decryption.current = null;
    if (opened === 'cancelled') return;
    if (opened.ok) read(opened.value, step.bytes);
    else setError(firstMessage(opened.errors));
  }

  function cancelUnlock() {
    decryption.current?.cancel();
    setError(null);
    setStep({ kind: 'choose' });
  }

  async function restore(mode: RestoreMode) {
    if (step.kind !== 'review') return;
    setStep({ kind: 'restoring', written: 0, total: 0 });
    const result = await restoreBackup(step.backup, mode, (written, total) => {
      setStep({ kind: 'restoring', written, total });
    });
    if (result.ok) setStep({ kind: 'done', written: result.value });
    else {
      setStep({ kind: 'review', backup: step.backup });
      setError(firstMessage(result.errors));
    }
  }

  return (
    <section className="card" aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore</h2>
      {error ? (
        <p role="alert" className="notice">
          {error}
        </p>
      ) : null}
      {step.kind === 'choose' ? (
        <>
          <label htmlFor="restore-file">Choose a backup file</label>
          <input
            id="restore-file"
            type="file"
            accept="application/json,.json"
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </>
      ) : null}
      {step.kind === 'locked' ? <PassphrasePrompt onOpen={unlock} onCancel={cancelUnlock} /> : null}
      {step.kind === 'review' ? (
        <BackupReview
          backup={step.backup}
          onRestore={restore}
          onCancel={() => {
            setError(null);
            setStep({ kind: 'choose' });
          }}
        />
      ) : null}
      {step.kind === 'restoring' ? (
        <div role="status">
          <label htmlFor="restore-progress">
            Restoring… {formatNumber(step.written)} of {formatNumber(step.total)} records
          </label>
          <progress id="restore-progress" value={step.written} max={Math.max(step.total, 1)} />
        </div>
      ) : null}
      {step.kind === 'done' ? (
        <p role="status">Restored. {plural(step.written, 'record was', 'records were')} written.</p>
      ) : null}
    </section>
  );
}
