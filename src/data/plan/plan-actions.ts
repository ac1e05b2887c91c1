import { endFlareMode, startFlareMode } from '../../domain/review';
import type { Plan } from '../../domain/plan';
import type { NewPlanChange } from '../../domain/plan';
import {
  exerciseSetSchema,
  sessionSchema,
  type ExerciseSet,
  type Session,
} from '../../domain/plan';
import type { Clock, FieldErrors, Validation } from '../../domain/common';
import { systemClock } from '../clock';
import { db } from '../db';
import { planChangeRepository, planRepository, sessionRepository } from '../repositories';
import { exerciseSetRepository } from '../repositories';
import { parseRows, type NewRecord } from '../repository';
import { storageFailure } from '../storage-errors';

/** Thrown inside a transaction to undo every write in it and hand back the refusal. */
class Refused extends Error {
  constructor(readonly errors: FieldErrors) {
    super('refused');
  }
}

/**
 * Runs `work` in one transaction over the plan and session tables: a refused or failed write
 * undoes the writes before it, so a plan never changes without its history entry (or a session
 * is never left without the set that started it).
 */
export async function allOrNothing<T>(work: () => Promise<T>): Promise<Validation<T>> {
  const tables = [db.plans, db.planChanges, db.sessions, db.exerciseSets];
  try {
    return { ok: true, value: await db.transaction('rw', tables, work) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, errors: error.errors };
    return { ok: false, errors: storageFailure(error) };
  }
}

/** The stored value of a write, or a throw that undoes the transaction. */
export function orRefuse<T>(result: Validation<T>): T {
  if (!result.ok) throw new Refused(result.errors);
  return result.value;
}

/** Saves a new plan from the setup screen. */
export function createPlan(input: NewRecord<Plan>, clock: Clock = systemClock()) {
  return planRepository.add(input, clock);
}

/**
 * Saves the plan as changed on the setup screen with its history entry, all or nothing, so a
 * change never goes unrecorded; with no entry (nothing changed) nothing is written.
 */
export function saveSetupChange(
  next: Plan,
  change: NewPlanChange | undefined,
  clock: Clock = systemClock(),
): Promise<Validation<Plan>> {
  if (change === undefined) return Promise.resolve({ ok: true, value: next });
  return savePlanWithChanges(next, [change], clock);
}

/** Saves `next` over the stored plan with its history entries, all or nothing. */
export async function savePlanWithChanges(
  next: Plan,
  changes: readonly NewPlanChange[],
  clock: Clock,
): Promise<Validation<Plan>> {
  return allOrNothing(async () => {
    // `next` carries the stored id and createdAt, so the update keeps them as they were.
    const saved = orRefuse(await planRepository.update(next.id, next, clock));
    for (const change of changes) orRefuse(await planChangeRepository.add(change, clock));
    return saved;
  });
}

/**
 * Turns flare mode on by hand from `since` (every exercise steps back and progression pauses),
 * or off again. The refusal for a bad date comes back at the field `flareSince`. `_units` is no
 * longer read (each exercise's loads read in its own units); it stays so callers need not change.
 */
export async function setFlareMode(
  plan: Plan,
  on: boolean,
  since: string,
  clock: Clock = systemClock(),
): Promise<Validation<Plan>> {
  const toggled = on ? startFlareMode(plan, since) : endFlareMode(plan, clock.today);
  if (toggled.change === undefined) return { ok: true, value: plan };
  return savePlanWithChanges(toggled.plan, [toggled.change], clock);
}

export type NewSet = Omit<NewRecord<ExerciseSet>, 'sessionId'>;

/**
 * The session `set` belongs to, read inside the caller's transaction: `sessionId` when it is one of
 * `day`'s sessions, else the day's first one started (the one the session screen shows), else null.
 * The caller's id may be stale (null before the live query caught up, or deleted in another tab).
 */
async function sessionOfDay(day: string, sessionId: string | null): Promise<Session | null> {
  const sessions = parseRows(sessionSchema, await db.sessions.where('day').equals(day).toArray())
    .records.filter((session) => session.deletedAt === undefined)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return sessions.find((session) => session.id === sessionId) ?? sessions[0] ?? null;
}

/** The stored set `set` would repeat in session `sessionId` (same exercise and set number). */
async function sameSet(sessionId: string, set: NewSet): Promise<ExerciseSet | undefined> {
  const rows = await db.exerciseSets.where('sessionId').equals(sessionId).toArray();
  return parseRows(exerciseSetSchema, rows).records.find(
    (stored) =>
      stored.deletedAt === undefined &&
      stored.exerciseId === set.exerciseId &&
      stored.setNumber === set.setNumber,
  );
}

/**
 * Stores one set done on `day` the moment it is done, so closing the app mid-session loses
 * nothing; the day's session record is created with its first set (never an empty session, which
 * would make the next morning's check-in ask about a session that didn't happen).
 *
 * Idempotent, so a double tap or two tabs can't count a set twice (which would inflate the weekly
 * review): the day's existing session is always reused, and a set whose exercise and set number
 * are already stored in it is not stored again; the stored one comes back instead. The read and
 * the writes share one read-write transaction, which IndexedDB runs one at a time over the same
 * tables, so concurrent calls see each other's writes.
 */
export async function recordSet(
  day: string,
  sessionId: string | null,
  set: NewSet,
  clock: Clock = systemClock(),
): Promise<Validation<ExerciseSet>> {
  return allOrNothing(async () => {
    const session = await sessionOfDay(day, sessionId);
    const already = session ? await sameSet(session.id, set) : undefined;
    if (already) return already;
    const id =
      session?.id ?? orRefuse(await sessionRepository.add({ day, startedAt: clock.now }, clock)).id;
    return orRefuse(await exerciseSetRepository.add({ ...set, sessionId: id }, clock));
  });
}

/** Marks the session finished now. */
export function finishSession(sessionId: string, clock: Clock = systemClock()) {
  return sessionRepository.update(sessionId, { completedAt: clock.now }, clock);
}
