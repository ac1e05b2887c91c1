// What the weekly review should see, worked out from the records independently of the engine,
// for the property tests (weekly-review.property, baseline.property, own-baseline.property):
// one copy, so the tests agree on what "the week" and "tolerable" mean.
import { addDays } from '../../../src/domain/episodes/episode-history';
import type { PlanExercise } from '../../../src/domain/plan/plan';
import { WEEK } from './plan-arbitraries';
import { factsFor } from '../../../src/domain/progression/prescription';
import type { ExerciseSet } from '../../../src/domain/plan/session';
import type { WeekReviewInput } from '../../../src/domain/review/weekly-review';

/** Whether `day` ('YYYY-MM-DD') lies in the week the arbitraries review. */
export const inWeek = (day: string) => day >= WEEK && day <= addDays(WEEK, 6);

/** The week's live sets of live sessions. */
export function liveSetsOfWeek(input: WeekReviewInput): ExerciseSet[] {
  const sessions = new Set(
    input.sessions.filter((s) => s.deletedAt === undefined && inWeek(s.day)).map((s) => s.id),
  );
  return input.sets.filter((s) => s.deletedAt === undefined && sessions.has(s.sessionId));
}

/**
 * The volume load of `exercise`'s tolerable sets (docs/domain.md §5: not rated hard, pain
 * during at 5/10 or less), counted as the engine counts volume: reps, times the load when the
 * exercise is weighted, times the hold when it is held.
 */
export function tolerableVolumeDone(sets: readonly ExerciseSet[], exercise: PlanExercise): number {
  const seconds = factsFor(exercise).unit === 'seconds';
  const weighted = (exercise.loadKg ?? 0) > 0;
  return sets
    .filter((s) => s.exerciseId === exercise.exerciseId && s.effort !== 'hard')
    .filter((s) => s.painDuring <= 5)
    .reduce(
      (v, s) =>
        v + s.reps * (weighted ? (s.loadKg ?? 0) : 1) * (seconds ? (s.holdSeconds ?? 0) : 1),
      0,
    );
}
