import { parseBackupSteps, type Backup, type BackupReadStep } from '../../domain/backup';
import type { Validation } from '../../domain/common';

/** Lets the page paint (and the progress bar move) before the next few thousand records. */
const breathe = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Reads and checks a backup file's text as parseBackup does, telling `onStep` how far it has
 * come: reading the JSON, then every few thousand records checked. Nothing is written here; a
 * refusal (even of the very last record) leaves the database as it was.
 */
export async function readBackup(
  text: string,
  byteLength: number,
  now: string,
  onStep: (step: BackupReadStep) => void = () => undefined,
): Promise<Validation<Backup>> {
  onStep({ phase: 'reading', done: 0, total: 1 });
  await breathe();
  const steps = parseBackupSteps(text, byteLength, now);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    onStep(step.value);
    await breathe();
  }
}
