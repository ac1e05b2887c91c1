// Synthetic training for the seed and the weekly-review benchmark (see synthetic-years.ts): the
// plan a person starts with and one week of sessions on whatever plan the review gave them.
// Deterministic: the PRNG is passed in (never Math.random).
import { weekdayOf } from '../../src/domain/common/day-number';
import { addDays } from '../../src/domain/episodes/episode-history';
import { defaultPrescription } from '../../src/domain/exercises/exercise-library';
import type { Plan } from '../../src/domain/plan/plan';
import { targetRepsOf } from '../../src/domain/progression/prescription';
import type { ExerciseSet, Session } from '../../src/domain/plan/session';
import { trainingWeekdays } from '../../src/domain/progression/training-week';

const meta = (id: string, day: string) => ({
  id,
  createdAt: `${day}T19:00:00.000Z`,
  updatedAt: `${day}T19:00:00.000Z`,
});
export const utcDay = (instant: string) => instant.slice(0, 10);

/** The plan the synthetic person starts with: step 2, three days a week, four exercises. */
export const startPlan: Plan = {
  ...meta('plan', '2016-11-27'),
  phase: 2,
  daysPerWeek: 3,
  trainingDays: [1, 3, 5],
  equipment: ['dumbbells', 'bench', 'barbell'],
  exercises: ['prone-lying', 'one-arm-row', 'hip-hinge-dowel', 'reverse-flye'].map((id) =>
    defaultPrescription(id)!,
  ),
  flareMode: false,
};

export type TrainingWeekOptions = {
  /** Chance that each planned session is done. */
  attendance?: number;
  /** Sessions on or after this day are left out (the week is not over yet). */
  before?: string;
};

/**
 * One week of training on `plan` from `weekOf`: each planned session done with probability
 * `attendance` (0.96), every prescribed set logged, now and then a rep short or a set rated hard
 * or painful. Sessions start at 18:30 UTC and finish 30 minutes later.
 */
export function trainingWeek(
  random: () => number,
  plan: Plan,
  weekOf: string,
  options: TrainingWeekOptions = {},
): { sessions: Session[]; sets: ExerciseSet[] } {
  const { attendance = 0.96, before } = options;
  const sessions: Session[] = [];
  const sets: ExerciseSet[] = [];
  const offsets = trainingWeekdays(plan)
    .map((weekday) => (weekday - weekdayOf(weekOf) + 7) % 7)
    .sort((a, b) => a - b);
  for (const offset of offsets) {
    if (random() >= attendance) continue;
    const day = addDays(weekOf, offset);
    if (before !== undefined && day >= before) continue;
    const session: Session = {
      id: `session-${day}`,
      createdAt: `${day}T19:00:00.000Z`,
      updatedAt: `${day}T19:00:00.000Z`,
      day,
      startedAt: `${day}T18:30:00.000Z`,
      completedAt: `${day}T19:00:00.000Z`,
    };
    sessions.push(session);
    const hard = random() < 0.03;
    const painful = random() < 0.01;
    for (const exercise of plan.exercises) {
      targetRepsOf(exercise).forEach((target, i) => {
        // One literal shape per record, like records parsed back from storage: spreads with
        // optional keys would give V8 slow dictionary objects and time the generator, not us.
        sets.push({
          id: `set-${day}-${exercise.exerciseId}-${String(i)}`,
          createdAt: `${day}T19:00:00.000Z`,
          updatedAt: `${day}T19:00:00.000Z`,
          sessionId: session.id,
          exerciseId: exercise.exerciseId,
          setNumber: i + 1,
          reps: random() < 0.05 ? Math.max(0, target - 1) : target,
          loadKg: exercise.loadKg,
          holdSeconds: exercise.holdSeconds,
          effort: hard && i === 0 ? 'hard' : random() < 0.5 ? 'easy' : 'moderate',
          painDuring: painful && i === 0 ? 6 : Math.floor(random() * 4),
        });
      });
    }
  }
  return { sessions, sets };
}
