import { shiftDay } from '../common';
import type { PreviousReview, ReasonCode } from '../plan';

/** Holds for capacity (docs/domain.md §5b rule 4): too hard, target missed, step too big. */
export const capacityHolds: readonly string[] = [
  'too-hard',
  'last-set-hard',
  'below-target',
  'step-too-big',
] satisfies readonly ReasonCode[];

/** Design choices (docs/domain.md §5b rule 4): three holds in a row ease; a second ease within 8 weeks offers more. */
export const STALL_REVIEWS = 3;
const SECOND_EASE_DAYS = 8 * 7;
/** Three inconsistent weeks suggest fewer training days, never below two (docs/domain.md §5b rule 4). */
export const INCONSISTENT_WEEKS = 3;
export const FEWEST_DAYS = 2;

/**
 * The reviews of the weeks just before `weekOf`, newest first, as long as they follow one another
 * week by week (a gap in the history ends the run).
 */
export function weeksBefore(weekOf: string, history: readonly PreviousReview[]): PreviousReview[] {
  const run: PreviousReview[] = [];
  let expected = shiftDay(weekOf, -7);
  for (const review of history) {
    if (review.weekOf !== expected) break;
    run.push(review);
    expected = shiftDay(expected, -7);
  }
  return run;
}

const heldFor = (review: PreviousReview, exerciseId: string) =>
  review.exercises.some(
    (e) => e.exerciseId === exerciseId && capacityHolds.includes(e.reason ?? ''),
  );

const easedIn = (review: PreviousReview, exerciseId: string) =>
  review.exercises.some(
    (e) =>
      e.exerciseId === exerciseId && (e.reason === 'stall-ease' || e.reason === 'stall-ease-again'),
  );

/**
 * A stall (docs/domain.md §5b rule 4): this week's hold of `exerciseId` for capacity is the third in a row on
 * the same rung. 'ease' the first time; 'ease-again' when it was already eased on this rung in the
 * last 8 weeks (the sentence then offers a variant or two weeks one rung down). Undefined otherwise.
 */
export function stallOf(
  exerciseId: string,
  reason: ReasonCode,
  weekOf: string,
  history: readonly PreviousReview[],
): 'ease' | 'ease-again' | undefined {
  if (!capacityHolds.includes(reason)) return undefined;
  const run = weeksBefore(weekOf, history).slice(0, STALL_REVIEWS - 1);
  if (run.length < STALL_REVIEWS - 1 || !run.every((r) => heldFor(r, exerciseId))) return undefined;
  const since = shiftDay(weekOf, -SECOND_EASE_DAYS);
  const again = history.some(
    (r) => r.weekOf !== undefined && r.weekOf >= since && easedIn(r, exerciseId),
  );
  return again ? 'ease-again' : 'ease';
}

/**
 * Whether to suggest fewer training days (docs/domain.md §5b rule 4): this week and the two before were all
 * inconsistent, and the plan has more than two days. A suggestion only: never applied by itself.
 */
export function suggestFewerDays(
  weekOf: string,
  inconsistent: boolean,
  daysPerWeek: number,
  history: readonly PreviousReview[],
): boolean {
  if (!inconsistent || daysPerWeek <= FEWEST_DAYS) return false;
  const run = weeksBefore(weekOf, history).slice(0, INCONSISTENT_WEEKS - 1);
  return run.length === INCONSISTENT_WEEKS - 1 && run.every((r) => r.status === 'inconsistent');
}

/**
 * Whole weeks without a session ending with this one (docs/domain.md §5b rules 2 and 3): 0 when this week had
 * one, else 1 plus the run of reviewed weeks just before it with no session done.
 */
export function weeksWithoutSession(
  weekOf: string,
  sessionsThisWeek: number,
  history: readonly PreviousReview[],
): number {
  if (sessionsThisWeek > 0) return 0;
  let weeks = 1;
  for (const review of weeksBefore(weekOf, history)) {
    if (review.sessionsDone !== 0) break;
    weeks += 1;
  }
  return weeks;
}
