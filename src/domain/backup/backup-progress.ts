/**
 * The three parts of a restore, in order, as the person sees them: reading the file (JSON.parse,
 * one step), checking every record against its schema, then writing them in one transaction.
 */
export type RestorePhase = 'reading' | 'checking' | 'writing';

/** How far a restore has come: `done` of `total` within `phase`. */
export type RestoreStep = { phase: RestorePhase; done: number; total: number };

/** The steps reading and checking a file yields (writing is the database's). */
export type BackupReadStep = RestoreStep & { phase: 'reading' | 'checking' };

// Shares of the whole bar: a design choice, not a measurement. Reading is one step (JSON.parse);
// writing's share of the time depends on the browser's IndexedDB (docs/performance.md, "Restore").
const SPANS: Record<RestorePhase, [start: number, share: number]> = {
  reading: [0, 10],
  checking: [10, 40],
  writing: [50, 50],
};

/** The whole restore's progress as a whole percentage, 0 to 100; it only ever grows. */
export function restorePercent({ phase, done, total }: RestoreStep): number {
  const [start, share] = SPANS[phase];
  const part = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  return Math.floor(start + share * part);
}
