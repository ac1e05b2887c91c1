import { useRef, useState } from 'react';
import { restorePercent, type Backup, type RestoreStep } from '../../domain/backup';
import { isEncryptedBackup } from '../../data/backup/backup-crypto';
import { restoreBackup, type RestoreMode } from '../../data/backup/backup';
import { readBackup } from '../../data/backup/backup-read';
import { systemClock } from '../../data/clock';
import {
  isCancellation,
  startDecryption,
  type Decryption,
} from '../../data/backup/decrypt-off-thread';
import { formatNumber, plural } from '../../ui/format';
import { BackupReview } from './backup-review';
import { PassphrasePrompt } from './passphrase-prompt';

type Step =
  | { kind: 'choose' }
  | { kind: 'locked'; text: string; bytes: number }
  | { kind: 'review'; backup: Backup }
  | { kind: 'working'; progress: RestoreStep }
  | { kind: 'done'; written: number };

const firstMessage = (errors: Record<string, string>) =>
  Object.values(errors)[0] ?? 'Nothing was restored: this file could not be read.';

/** Choose a file, unlock it if encrypted, see what it holds, then merge or replace. */
export function RestoreBackup() {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const decryption = useRef<Decryption | null>(null);

  async function read(text: string, bytes: number) {
    const parsed = await readBackup(text, bytes, systemClock().now, (progress) => {
      setStep({ kind: 'working', progress });
    });
    if (parsed.ok) setStep({ kind: 'review', backup: parsed.value });
    else {
      setStep({ kind: 'choose' });
      setError(firstMessage(parsed.errors));
    }
  }

  async function choose(file: File | undefined) {
    setError(null);
    setNote(null);
    if (!file) return;
    const text = await file.text();
    if (isEncryptedBackup(text)) setStep({ kind: 'locked', text, bytes: file.size });
    else await read(text, file.size);
  }

  async function unlock(passphrase: string) {
    if (step.kind !== 'locked') return;
    setError(null);
    const running = startDecryption(step.text, passphrase);
    decryption.current = running;
    try {
      const opened = await running.result;
      if (opened.ok) await read(opened.value, step.bytes);
      else setError(firstMessage(opened.errors));
    } catch (reason) {
      if (!isCancellation(reason)) throw reason;
      setStep({ kind: 'choose' });
      setNote('Restore cancelled, nothing changed.');
    } finally {
      decryption.current = null;
    }
  }

  async function restore(mode: RestoreMode) {
    if (step.kind !== 'review') return;
    const writing = (done: number, total: number) => {
      setStep({ kind: 'working', progress: { phase: 'writing', done, total } });
    };
    writing(0, 0);
    const result = await restoreBackup(step.backup, mode, writing);
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
      {note ? <p role="status">{note}</p> : null}
      {step.kind === 'locked' ? (
        <PassphrasePrompt
          onOpen={unlock}
          onCancel={() => {
            // Decrypting, Cancel ends the worker and `unlock` says so; before, it just goes back.
            if (decryption.current) decryption.current.cancel();
            else setStep({ kind: 'choose' });
            setError(null);
          }}
        />
      ) : null}
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
      {step.kind === 'working' ? <RestoreProgress step={step.progress} /> : null}
      {step.kind === 'done' ? (
        <p role="status">Restored. {plural(step.written, 'record was', 'records were')} written.</p>
      ) : null}
    </section>
  );
}

const phaseText = ({ phase, done, total }: RestoreStep) =>
  phase === 'reading'
    ? 'Reading the file…'
    : `${phase === 'checking' ? 'Checking' : 'Restoring'}… ${formatNumber(done)} of ${formatNumber(total)} records`;

/** One bar for the whole restore (reading, checking, writing), with the part under way named. */
function RestoreProgress({ step }: { step: RestoreStep }) {
  const percent = restorePercent(step);
  return (
    <div role="status">
      <label htmlFor="restore-progress">{phaseText(step)}</label>
      <progress id="restore-progress" value={percent} max={100}>
        {percent} %
      </progress>
    </div>
  );
}
