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

/** Every plan change not deleted, newest first. */
export async function readPlanChanges(): Promise<PlanChange[]> {
  const rows = await db.planChanges.orderBy('day').reverse().toArray();
  return parseRows(planChangeSchema, rows)
    .records.filter((change) => change.deletedAt === undefined)
    .sort((a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt));
}

/** The history of plan changes, live, newest first; undefined while loading. */
export function usePlanChanges(): PlanChange[] | undefined {
  return useLiveQuery(readPlanChanges);
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
export function useTrainedDays(from: string, to: string): string[] | undefined {
  return useLiveQuery(async () => {
    const { sessions, sets } = await readSessions(from, to);
    const withSets = new Set(sets.map((set) => set.sessionId));
    return [...new Set(sessions.filter((s) => withSets.has(s.id)).map((s) => s.day))].sort();
  }, [from, to]);
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
