import { useState } from 'react';
import { parseBackup, type Backup } from '../../domain/backup';
import { decryptBackup, isEncryptedBackup } from '../../data/backup-crypto';
import { restoreBackup, type RestoreMode } from '../../data/backup';
import { BackupReview } from './backup-review';
import { PassphrasePrompt } from './passphrase-prompt';

type Step =
  | { kind: 'choose' }
  | { kind: 'locked'; text: string; bytes: number }
  | { kind: 'review'; backup: Backup }
  | { kind: 'done'; written: number };

const firstMessage = (errors: Record<string, string>) =>
  Object.values(errors)[0] ?? 'This file could not be read.';

/** Choose a file, unlock it if encrypted, see what it holds, then merge or replace. */
export function RestoreBackup() {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);

  function read(text: string, bytes: number) {
    const parsed = parseBackup(text, bytes);
    if (parsed.ok) setStep({ kind: 'review', backup: parsed.value });
    else setError(firstMessage(parsed.errors));
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
    const opened = await decryptBackup(step.text, passphrase);
    if (opened.ok) {
      setError(null);
      read(opened.value, step.bytes);
    } else setError(firstMessage(opened.errors));
  }

  async function restore(mode: RestoreMode) {
    if (step.kind !== 'review') return;
    const result = await restoreBackup(step.backup, mode);
    if (result.ok) setStep({ kind: 'done', written: result.value });
    else setError(firstMessage(result.errors));
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
      {step.kind === 'locked' ? <PassphrasePrompt onOpen={unlock} /> : null}
      {step.kind === 'review' ? (
        <BackupReview
          backup={step.backup}
          onRestore={restore}
          onCancel={() => {
            setStep({ kind: 'choose' });
          }}
        />
      ) : null}
      {step.kind === 'done' ? (
        <p role="status">
          Restored. {step.written} {step.written === 1 ? 'record was' : 'records were'} written.
        </p>
      ) : null}
    </section>
  );
}
