// The 52 MB restore (scripts/bench-restore.mjs loads it through Vite's module runner): a
// synthetic backup just under the 50 MiB cap, read, checked and written by the app's own code
// into an in-memory IndexedDB (fake-indexeddb), timing each part as the progress bar shows it.
import { createBackup, emptyBackupData, type RestoreStep } from '../../src/domain/backup';
import { restoreBackup } from '../../src/data/backup/backup';
import { readBackup } from '../../src/data/backup/backup-read';
import { buildEpisode, testClock } from '../support/domain/test-builders';

const TARGET_BYTES = 52_000_000;
// A long note, as a person who writes a lot would leave: it is what makes a file this big.
const note = 'Lifted the shopping out of the car boot, twisted to the left, felt it go. '.repeat(4);

/** Spasms ten minutes apart from 2000 on, each with a long note, until the file is ~52 MB. */
function bigBackupText(): { text: string; records: number } {
  const probe = JSON.stringify(buildEpisode({ id: 'probe-000000', notes: note }));
  const count = Math.floor(TARGET_BYTES / (probe.length + 1));
  const start = Date.parse('2000-01-01T00:00:00.000Z');
  const episodes = Array.from({ length: count }, (_, i) =>
    buildEpisode({
      id: `bulk-${String(i).padStart(6, '0')}`,
      startedAt: new Date(start + i * 600_000).toISOString(),
      notes: note,
    }),
  );
  const backup = createBackup({ ...emptyBackupData(), episodes }, 'bench', testClock.now);
  return { text: JSON.stringify(backup), records: count };
}

export type RestoreTiming = {
  bytes: number;
  records: number;
  /** Seconds from the first step of each phase to the first step of the next (or the end). */
  seconds: Record<RestoreStep['phase'], number>;
  total: number;
  progressSteps: number;
};

export async function timeRestore(): Promise<RestoreTiming> {
  const { text, records } = bigBackupText();
  const firstAt = new Map<RestoreStep['phase'], number>();
  let progressSteps = 0;
  const seen = (step: RestoreStep) => {
    progressSteps += 1;
    if (!firstAt.has(step.phase)) firstAt.set(step.phase, performance.now());
  };
  const started = performance.now();
  const read = await readBackup(text, text.length, testClock.now, seen);
  if (!read.ok) throw new Error(Object.values(read.errors).join(' '));
  const written = await restoreBackup(read.value, 'replace', (done, total) => {
    seen({ phase: 'writing', done, total });
  });
  if (!written.ok) throw new Error(Object.values(written.errors).join(' '));
  const ended = performance.now();
  const at = (phase: RestoreStep['phase']) => firstAt.get(phase) ?? ended;
  const seconds = {
    reading: (at('checking') - at('reading')) / 1000,
    checking: (at('writing') - at('checking')) / 1000,
    writing: (ended - at('writing')) / 1000,
  };
  return { bytes: text.length, records, seconds, total: (ended - started) / 1000, progressSteps };
}
