import type { ExerciseLevel } from './exercise-level';

// Rest and hold timing in a session (docs/domain.md §5b rule 11; design choice within ACSM 2009):
// strength sets 90-120 s, 2-3 min at the deadlift destination, endurance sets 30-60 s, and after a
// hold one to two times the hold.

export type RestKind = 'strength' | 'heavy-strength' | 'endurance' | 'hold';

/** A rest in seconds: where the timer starts, and the range the person can adjust it within. */
export type Rest = { kind: RestKind; seconds: number; min: number; max: number };

/** The deadlift rungs are the strength destination; the Romanian deadlift trains strength too. */
const heavy = new Set(['deadlift', 'kettlebell-deadlift']);
const strength = new Set([
  'romanian-deadlift',
  'romanian-deadlift-kettlebell',
  'romanian-deadlift-barbell',
]);

export function restKindOf(exercise: Pick<ExerciseLevel, 'id' | 'unit'>): RestKind {
  if (exercise.unit === 'seconds') return 'hold';
  if (heavy.has(exercise.id)) return 'heavy-strength';
  if (strength.has(exercise.id)) return 'strength';
  return 'endurance';
}

/** The rest after a set of `exercise`; `holdSeconds` is the hold just done (holds only). */
export function restFor(exercise: Pick<ExerciseLevel, 'id' | 'unit'>, holdSeconds = 0): Rest {
  const kind = restKindOf(exercise);
  switch (kind) {
    case 'heavy-strength':
      return { kind, seconds: 150, min: 120, max: 180 };
    case 'strength':
      return { kind, seconds: 105, min: 90, max: 120 };
    case 'endurance':
      return { kind, seconds: 45, min: 30, max: 60 };
    case 'hold': {
      const hold = Math.max(5, Math.round(holdSeconds));
      return { kind, seconds: Math.round(hold * 1.5), min: hold, max: hold * 2 };
    }
  }
}

/** How much one tap on the rest's − or + changes it: 15 s, or 5 s around a short hold. */
export const restStepOf = (rest: Rest) => (rest.kind === 'hold' ? 5 : 15);

/** A rest moved by `steps` taps, kept inside its range. */
export function adjustRest(rest: Rest, steps: number): Rest {
  const moved = rest.seconds + steps * restStepOf(rest);
  const seconds = Math.min(rest.max, Math.max(rest.min, moved));
  return { ...rest, seconds };
}
