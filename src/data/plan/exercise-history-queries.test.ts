import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildExerciseSet, buildSession } from '../../../tests/support/domain/test-builders';
import { db } from '../db';
import { dexieReads } from '../dexie-reads';
import { readExerciseDays, useExerciseDays } from './exercise-history-queries';
import { resetDatabase } from '../test-reset';

describe("an exercise's history", () => {
  beforeEach(resetDatabase);

  it("gives that exercise's live sets by day, newest day first, in the order done", async () => {
    await db.sessions.bulkPut([
      buildSession({ id: 'mon', day: '2026-11-23' }),
      buildSession({ id: 'wed', day: '2026-11-25' }),
      buildSession({ id: 'gone', day: '2026-11-24', deletedAt: '2026-11-24T20:00:00.000Z' }),
    ]);
    const set = (id: string, sessionId: string, setNumber: number, extra = {}) =>
      buildExerciseSet({ id, sessionId, setNumber, exerciseId: 'rows', ...extra });
    await db.exerciseSets.bulkPut([
      set('m2', 'mon', 2, { createdAt: '2026-11-23T08:05:00.000Z' }),
      set('m1', 'mon', 1, { createdAt: '2026-11-23T08:00:00.000Z' }),
      set('w1', 'wed', 1),
      set('w2', 'wed', 2, { deletedAt: '2026-11-25T09:00:00.000Z' }),
      set('g1', 'gone', 1),
      buildExerciseSet({ id: 'other', sessionId: 'wed', exerciseId: 'deadlift' }),
    ]);
    const days = await readExerciseDays(dexieReads, 'rows');
    expect(days.map((d) => [d.day, d.sets.map((s) => s.id)])).toEqual([
      ['2026-11-25', ['w1']],
      ['2026-11-23', ['m1', 'm2']],
    ]);
  });

  it('is loading, not the exercise shown before, while the next exercise is read', async () => {
    await db.sessions.bulkPut([buildSession({ id: 'mon', day: '2026-11-23' })]);
    await db.exerciseSets.bulkPut([
      buildExerciseSet({ id: 'r1', sessionId: 'mon', exerciseId: 'rows' }),
    ]);
    const { result, rerender } = renderHook((id: string) => useExerciseDays(id), {
      initialProps: 'rows',
    });
    await waitFor(() => {
      expect(result.current?.map((d) => d.day)).toEqual(['2026-11-23']);
    });
    // The session moves on to the next exercise: its own days are not read yet.
    rerender('deadlift');
    expect(result.current).toBeUndefined();
    await waitFor(() => {
      expect(result.current).toEqual([]);
    });
  });
});
