import { beforeEach, describe, expect, it } from 'vitest';
import {
  createBackup,
  emptyBackupData,
  restorePercent,
  type RestoreStep,
} from '../../domain/backup';
import { buildEpisode, testClock, withoutMeta } from '../../../tests/support/domain/test-builders';
import { exportBackup, restoreBackup } from './backup';
import { readBackup } from './backup-read';
import { episodeRepository } from '../repositories';
import { resetDatabase } from '../test-reset';

beforeEach(resetDatabase);

/** A file of `count` spasms, a few minutes apart, all before the test clock's now. */
const manySpasms = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    buildEpisode({
      id: `bulk-${i}`,
      startedAt: new Date(Date.parse('2020-01-01T00:00:00.000Z') + i * 600_000).toISOString(),
    }),
  );
const fileOf = (episodes: unknown[]) =>
  JSON.stringify(createBackup({ ...emptyBackupData(), episodes } as never, '0.1.0', testClock.now));

describe('a large restore, step by step', () => {
  it('reports reading, checking and writing in order, and reaches 100 %', async () => {
    const text = fileOf(manySpasms(2_500));
    const steps: RestoreStep[] = [];
    const read = await readBackup(text, text.length, testClock.now, (step) => steps.push(step));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const written = await restoreBackup(read.value, 'merge', (done, total) =>
      steps.push({ phase: 'writing', done, total }),
    );
    expect(written).toEqual({ ok: true, value: 2_500 });

    const phases = steps.map((step) => step.phase);
    expect([...new Set(phases)]).toEqual(['reading', 'checking', 'writing']);
    expect(phases.indexOf('checking')).toBeGreaterThan(phases.lastIndexOf('reading'));
    expect(phases.indexOf('writing')).toBeGreaterThan(phases.lastIndexOf('checking'));
    // Checking moves in several steps on 2,500 records, not in one jump.
    expect(phases.filter((phase) => phase === 'checking').length).toBeGreaterThan(2);
    const percents = steps.map(restorePercent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
  }, 30_000);

  it('refuses a file whose very last record is wrong, and leaves the database unchanged', async () => {
    await episodeRepository.add(withoutMeta(buildEpisode({ id: 'already-here' })), testClock);
    const before = await exportBackup('0.1.0', testClock.now);
    const episodes: unknown[] = manySpasms(2_499);
    episodes.push({ ...buildEpisode({ id: 'last' }), severity: 42 });
    const text = fileOf(episodes);
    const steps: RestoreStep[] = [];
    const read = await readBackup(text, text.length, testClock.now, (step) => steps.push(step));
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : Object.values(read.errors)[0]).toMatch(
      /^Nothing was restored: the backup's spasm number 2,500 is not valid/,
    );
    expect(steps.some((step) => step.phase === 'checking' && step.done >= 2_000)).toBe(true);
    expect(await exportBackup('0.1.0', testClock.now)).toEqual(before);
  }, 30_000);
});
