import { exerciseSetSchema, sessionSchema, type ExerciseSet } from '../../domain/plan';
import type { ExerciseDay } from '../../domain/progression';
import { dexieReads } from '../dexie-reads';
import { useLiveRead } from '../live-read';
import { only, type Reads } from '../reads';
import { storedRows } from '../stored-rows';

/**
 * Every day `exerciseId` was done, newest day first, its live sets in the order done. Reads that
 * exercise's sets through the exerciseId index and only their sessions, never the whole history
 * (13,000 sets after ten years).
 */
export async function readExerciseDays(reads: Reads, exerciseId: string): Promise<ExerciseDay[]> {
  const sets = storedRows(
    exerciseSetSchema,
    await reads.all('exerciseSets', 'exerciseId', only(exerciseId)),
  ).records.filter((set) => set.deletedAt === undefined);
  const sessionIds = [...new Set(sets.map((set) => set.sessionId))];
  const sessions = storedRows(
    sessionSchema,
    (await reads.getMany('sessions', sessionIds)).filter((row) => row !== undefined),
  ).records.filter((session) => session.deletedAt === undefined);
  const dayOf = new Map(sessions.map((s) => [s.id, s.day]));
  const byDay = new Map<string, ExerciseSet[]>();
  for (const set of sets) {
    const day = dayOf.get(set.sessionId);
    if (day !== undefined) byDay.set(day, [...(byDay.get(day) ?? []), set]);
  }
  const inOrder = (a: ExerciseSet, b: ExerciseSet) =>
    a.createdAt.localeCompare(b.createdAt) || a.setNumber - b.setNumber;
  return [...byDay]
    .map(([day, daySets]) => ({ day, sets: daySets.sort(inOrder) }))
    .sort((a, b) => b.day.localeCompare(a.day));
}

/** Every day `exerciseId` was done, live, newest first; undefined while loading. */
export function useExerciseDays(exerciseId: string): ExerciseDay[] | undefined {
  return useLiveRead(() => readExerciseDays(dexieReads, exerciseId), [exerciseId]);
}
