import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { planSchema, type Plan } from '../domain/plan';
import { planChangeSchema, type PlanChange } from '../domain/plan-change';
import {
  exerciseSetSchema,
  sessionSchema,
  type ExerciseSet,
  type Session,
} from '../domain/session';
import { db } from './db';
import { parseRows } from './repository';

/**
 * The person's plan: the newest one not deleted (there is normally exactly one; a second can only
 * come from merging a backup, and then the newest wins). Undefined when there is none.
 */
export async function readCurrentPlan(): Promise<Plan | undefined> {
  const { records } = parseRows(planSchema, await db.plans.toArray());
  return records
    .filter((plan) => plan.deletedAt === undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** The current plan, live; null when there is none, undefined while loading. */
export function useCurrentPlan(): Plan | null | undefined {
  return useLiveQuery(async () => (await readCurrentPlan()) ?? null);
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
  return parseRows(planChangeSchema, rows)
    .records.filter((change) => change.deletedAt === undefined)
    .sort((a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * The latest weekly review not deleted (flare toggles are not reviews), as readPlanChanges orders
 * them (newest day, then newest created), read from the end of the [kind+day] index: only that
 * day's reviews are parsed. Undefined before the first review.
 */
export async function readLastReview(): Promise<PlanChange | undefined> {
  const reviews = db.planChanges
    .where('[kind+day]')
    .between(['weekly-review', Dexie.minKey], ['weekly-review', Dexie.maxKey]);
  const live = (rows: unknown[]) =>
    parseRows(planChangeSchema, rows).records.filter((change) => change.deletedAt === undefined);
  const newest = await reviews
    .reverse()
    .filter((row) => live([row]).length === 1)
    .first();
  if (newest === undefined) return undefined;
  const sameDay = await db.planChanges
    .where('[kind+day]')
    .equals(['weekly-review', newest.day])
    .toArray();
  return live(sameDay).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** The history of plan changes (the newest `limit`, or all), live, newest first; undefined while loading. */
export function usePlanChanges(limit?: number): PlanChange[] | undefined {
  return useLiveQuery(() => readPlanChanges(limit), [limit]);
}

/** The latest weekly review, live; null before the first, undefined while loading. */
export function useLastReview(): PlanChange | null | undefined {
  return useLiveQuery(async () => (await readLastReview()) ?? null);
}

/** Live sessions (not deleted) from `from` to `to`, both 'YYYY-MM-DD', with their live sets. */
async function readSessions(from: string, to: string) {
  const rows = await db.sessions.where('day').between(from, to, true, true).toArray();
  const sessions = parseRows(sessionSchema, rows).records.filter((s) => s.deletedAt === undefined);
  const setRows = await db.exerciseSets
    .where('sessionId')
    .anyOf(sessions.map((s) => s.id))
    .toArray();
  const sets = parseRows(exerciseSetSchema, setRows).records.filter(
    (set) => set.deletedAt === undefined,
  );
  return { sessions, sets };
}

/** Days from `from` to `to` with at least one set done (as the weekly review counts them). */
export async function readTrainedDays(from: string, to: string): Promise<string[]> {
  const { sessions, sets } = await readSessions(from, to);
  const withSets = new Set(sets.map((set) => set.sessionId));
  return [...new Set(sessions.filter((s) => withSets.has(s.id)).map((s) => s.day))].sort();
}

/** readTrainedDays, live; undefined while loading. */
export function useTrainedDays(from: string, to: string): string[] | undefined {
  return useLiveQuery(() => readTrainedDays(from, to), [from, to]);
}

export type SessionOnDay = { session: Session | null; sets: ExerciseSet[] };

/**
 * The session of `day` and its sets in the order done, live; session null before the first set.
 * With several sessions on one day (two tabs), the first one started is resumed.
 */
export function useSessionOn(day: string): SessionOnDay | undefined {
  return useLiveQuery(async () => {
    const { sessions, sets } = await readSessions(day, day);
    const session = sessions.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0] ?? null;
    const own = sets
      .filter((set) => set.sessionId === session?.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.setNumber - b.setNumber);
    return { session, sets: own };
  }, [day]);
}
