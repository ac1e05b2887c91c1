import { planSchema, type Plan } from '../../domain/plan';
import { planChangeSchema, type PlanChange } from '../../domain/plan';
import {
  exerciseSetSchema,
  sessionSchema,
  type ExerciseSet,
  type Session,
} from '../../domain/plan';
import { between, only, startingWith, type Reads } from '../reads';
import { hasShape, storedRows } from '../stored-rows';

// Plan reads over Reads (Today's plan card, the Plan screen, the session, the weekly review).

/**
 * The person's plan: the newest one not deleted (there is normally exactly one; a second can only
 * come from merging a backup, and then the newest wins). Undefined when there is none.
 */
export async function readCurrentPlan(reads: Reads): Promise<Plan | undefined> {
  const { records } = storedRows(planSchema, await reads.all('plans'));
  return records
    .filter((plan) => plan.deletedAt === undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

const liveChanges = (rows: unknown[]) =>
  storedRows(planChangeSchema, rows).records.filter((change) => change.deletedAt === undefined);

/**
 * The latest weekly review not deleted (flare toggles are not reviews), newest day then newest
 * created, read from the end of the [kind+day] index: only that day's reviews are read.
 * Undefined before the first review.
 */
export async function readLastReview(reads: Reads): Promise<PlanChange | undefined> {
  const newest = await reads.find(
    'planChanges',
    '[kind+day]',
    'prev',
    (row) => hasShape(planChangeSchema, row) && row.deletedAt === undefined,
    startingWith('weekly-review'),
  );
  const [review] = liveChanges(newest === undefined ? [] : [newest]);
  if (review === undefined) return undefined;
  const sameDay = await reads.all('planChanges', '[kind+day]', only(['weekly-review', review.day]));
  return liveChanges(sameDay).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** Live sessions (not deleted) from `from` to `to`, both 'YYYY-MM-DD', with their live sets. */
export async function readSessions(
  reads: Reads,
  from: string,
  to: string,
): Promise<{ sessions: Session[]; sets: ExerciseSet[] }> {
  const rows = await reads.all('sessions', 'day', between(from, to));
  const sessions = storedRows(sessionSchema, rows).records.filter((s) => s.deletedAt === undefined);
  const setRows = await reads.allOf(
    'exerciseSets',
    'sessionId',
    sessions.map((s) => s.id),
  );
  const sets = storedRows(exerciseSetSchema, setRows).records.filter(
    (set) => set.deletedAt === undefined,
  );
  return { sessions, sets };
}

/**
 * Whether an exercise session (not deleted) was recorded on `day`, sets or none: what makes the
 * check-in ask how the back is the morning after (docs/domain.md §5b rule 10).
 */
export async function readHadSessionOn(reads: Reads, day: string): Promise<boolean> {
  const rows = await reads.all('sessions', 'day', only(day));
  return storedRows(sessionSchema, rows).records.some((session) => session.deletedAt === undefined);
}

/** Days from `from` to `to` with at least one set done (as the weekly review counts them). */
export async function readTrainedDays(reads: Reads, from: string, to: string): Promise<string[]> {
  const { sessions, sets } = await readSessions(reads, from, to);
  // A set of 0 reps is no session (docs/domain.md §5b rule 10).
  const withSets = new Set(sets.filter((set) => set.reps > 0).map((set) => set.sessionId));
  return [...new Set(sessions.filter((s) => withSets.has(s.id)).map((s) => s.day))].sort();
}
