import fc from 'fast-check';
import type { z } from 'zod/mini';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupTableNames, backupTables } from '../domain/backup';
import { episodeSchema } from '../domain/episodes';
import { exerciseSetSchema, planSchema } from '../domain/plan';
import { arbitraryBackupData } from '../../tests/support/domain/backup-test-data';
import {
  buildCheckin,
  buildEpisode,
  buildExerciseSet,
  buildPlan,
  buildSession,
} from '../../tests/support/domain/test-builders';
import { db } from './db';
import { dexieReads } from './dexie-reads';
import { readEpisodeLog } from './episodes/episode-log';
import { readRecentEpisodes } from './episodes/episode-reads';
import { readCheckinOn } from './episodes/checkin-reads';
import { readSessions } from './plan/plan-reads';
import { hasShape, storedRows } from './stored-rows';
import { resetDatabase } from './test-reset';

describe('the read path shape guard', () => {
  it('takes every record its full schema takes, in every table', () => {
    fc.assert(
      fc.property(arbitraryBackupData, (data) => {
        for (const table of backupTableNames) {
          const schema: z.ZodMiniType = backupTables[table].schema;
          for (const row of data[table] as unknown[]) {
            expect(schema.safeParse(row).success).toBe(true);
            expect(hasShape(schema, row)).toBe(true);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a field of the wrong type, out of range or off its list, and a missing one', () => {
    const episode = buildEpisode();
    const broken: unknown[] = [
      { ...episode, severity: 'high' },
      { ...episode, severity: 42 },
      { ...episode, severity: 2.5 },
      { ...episode, movement: 'juggling' },
      { ...episode, easedBy: 'heat' },
      { ...episode, easedBy: ['heat', 7] },
      { ...episode, endedAt: 12 },
      { ...episode, id: '' },
      { ...episode, notes: 'x'.repeat(1001) },
      { ...episode, startedAt: undefined },
      null,
      'an episode',
      [episode],
    ];
    for (const row of broken) expect(hasShape(episodeSchema, row)).toBe(false);
    expect(hasShape(episodeSchema, { ...episode, endedAt: undefined })).toBe(true);
  });

  it('checks nested objects and arrays of them (the plan)', () => {
    const plan = buildPlan();
    expect(hasShape(planSchema, plan)).toBe(true);
    expect(hasShape(planSchema, { ...plan, exercises: [{ bad: true }] })).toBe(false);
    expect(hasShape(planSchema, { ...plan, exercises: 'none' })).toBe(false);
  });

  it('skips and counts rows without the shape, keeping the others in order', () => {
    const good = [buildExerciseSet({ id: 'a' }), buildExerciseSet({ id: 'b' })];
    const rows = [good[0], { ...buildExerciseSet(), reps: 'ten' }, undefined, good[1], 3];
    expect(storedRows(exerciseSetSchema, rows)).toEqual({ records: good, unreadable: 3 });
  });
});

describe('reads with a corrupt row stored', () => {
  beforeEach(resetDatabase);

  it('skip it instead of crashing, whatever the read', async () => {
    await db.episodes.bulkPut([
      buildEpisode({ id: 'good', startedAt: '2026-11-24T08:00:00.000Z' }),
      { ...buildEpisode({ id: 'bad' }), startedAt: '2026-11-23T08:00:00.000Z', easedBy: null },
    ] as never);
    await db.checkins.put({ ...buildCheckin({ day: '2026-11-24' }), activityIds: 'walk' } as never);
    await db.sessions.put(buildSession({ id: 's', day: '2026-11-24' }));
    await db.exerciseSets.bulkPut([
      buildExerciseSet({ id: 'set-ok', sessionId: 's' }),
      { id: 'set-bad', sessionId: 's' },
    ] as never);

    const log = await readEpisodeLog({}, 50, '2026-11-25');
    expect(log.records.map((e) => e.id)).toEqual(['good']);
    expect(log.unreadable).toBe(1);
    const recent = await readRecentEpisodes(dexieReads, '2026-11-25');
    expect(recent.map((e) => e.id)).toEqual(['good']);
    expect(await readCheckinOn(dexieReads, '2026-11-24')).toBeNull();
    const { sessions, sets } = await readSessions(dexieReads, '2026-11-24', '2026-11-24');
    expect(sessions.map((s) => s.id)).toEqual(['s']);
    expect(sets.map((s) => s.id)).toEqual(['set-ok']);
    // Nothing is deleted or rewritten: the rows stay for the person (and backups) to see.
    expect(await db.episodes.count()).toBe(2);
    expect(await db.exerciseSets.count()).toBe(2);
  });
});
