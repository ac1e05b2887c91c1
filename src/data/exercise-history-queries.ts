import { useLiveQuery } from 'dexie-react-hooks';
import type { ExerciseSet } from '../domain/plan';
import type { ExerciseDay } from '../domain/progression';
import { dexieReads } from './dexie-reads';
import type { Reads } from './reads';
import { readSessions } from './plan-reads';

/**
 * Every exercise's sets from `from` to `to`, grouped by the day they were done: a map from
 * exercise id to its days, newest day first, sets in the order done.
 */
export async function readExerciseDays(
  reads: Reads,
  from = '0000-01-01',
  to = '9999-12-31',
): Promise<Map<string, ExerciseDay[]>> {
  const { sessions, sets } = await readSessions(reads, from, to);
  const dayOf = new Map(sessions.map((s) => [s.id, s.day]));
  const byExercise = new Map<string, Map<string, ExerciseSet[]>>();
  for (const set of sets) {
    const day = dayOf.get(set.sessionId);
    if (day === undefined) continue;
    const days = byExercise.get(set.exerciseId) ?? new Map<string, ExerciseSet[]>();
    days.set(day, [...(days.get(day) ?? []), set]);
    byExercise.set(set.exerciseId, days);
  }
  const inOrder = (a: ExerciseSet, b: ExerciseSet) =>
    a.createdAt.localeCompare(b.createdAt) || a.setNumber - b.setNumber;
  return new Map(
    [...byExercise].map(([id, days]) => [
      id,
      [...days]
        .map(([day, daySets]) => ({ day, sets: daySets.sort(inOrder) }))
        .sort((a, b) => b.day.localeCompare(a.day)),
    ]),
  );
}

/** Every day `exerciseId` was done, live, newest first; undefined while loading. */
export function useExerciseDays(exerciseId: string): ExerciseDay[] | undefined {
  return useLiveQuery(
    async () => (await readExerciseDays(dexieReads)).get(exerciseId) ?? [],
    [exerciseId],
  );
}
