import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '../../domain/plan';
import { planChangeSchema, type PlanChange } from '../../domain/plan';
import type { ExerciseSet, Session } from '../../domain/plan';
import { db } from '../db';
import { dexieReads } from '../dexie-reads';
import { useLiveRead } from '../live-read';
import { storedRows } from '../stored-rows';
import { readCurrentPlan, readLastReview, readSessions, readTrainedDays } from './plan-reads';

/** The current plan, live; null when there is none, undefined while loading. */
export function useCurrentPlan(): Plan | null | undefined {
  return useLiveQuery(async () => (await readCurrentPlan(dexieReads)) ?? null);
}

/** The latest weekly review, live; null when there is none yet, undefined while loading. */
export function useLastReview(): PlanChange | null | undefined {
  return useLiveQuery(async () => (await readLastReview(dexieReads)) ?? null);
}

/**
 * Plan changes not deleted, newest first (newest day, then newest created). With `limit`, only the
 * newest `limit` are read, from the end of the day index (the whole history is one record a week:
 * 520 after ten years); without it, every one.
 */
export async function readPlanChanges(limit?: number): Promise<PlanChange[]> {
  const byDay = db.planChanges.orderBy('day').reverse();
  // Unfiltered, the whole read is one getAll; filtered, a cursor stops after `limit`.
  const rows = await (
    limit === undefined ? byDay : byDay.filter((row) => row.deletedAt === undefined).limit(limit)
  ).toArray();
  return storedRows(planChangeSchema, rows)
    .records.filter((change) => change.deletedAt === undefined)
    .sort((a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt));
}

/** The history of plan changes (the newest `limit`, or all), live, newest first; undefined while loading. */
export function usePlanChanges(limit?: number): PlanChange[] | undefined {
  return useLiveQuery(() => readPlanChanges(limit), [limit]);
}

/** readTrainedDays, live; undefined while loading. */
export function useTrainedDays(from: string, to: string): string[] | undefined {
  return useLiveRead(() => readTrainedDays(dexieReads, from, to), [from, to]);
}

export type SessionOnDay = { session: Session | null; sets: ExerciseSet[] };

/**
 * The session of `day` and its sets in the order done, live; session null before the first set.
 * With several sessions on one day (two tabs), the first one started is resumed.
 */
export function useSessionOn(day: string): SessionOnDay | undefined {
  return useLiveRead(async () => {
    const { sessions, sets } = await readSessions(dexieReads, day, day);
    const session = sessions.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0] ?? null;
    const own = sets
      .filter((set) => set.sessionId === session?.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.setNumber - b.setNumber);
    return { session, sets: own };
  }, [day]);
}
