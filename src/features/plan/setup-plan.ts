import type { Plan, PlanExercise } from '../../domain/plan';
import type { Units } from '../../domain/settings';
import type { VolumeAnswer } from '../../domain/setup-change';
import { keepWeeklyVolume, risesOverLimit, type VolumeRise } from '../../domain/setup-volume';
import { exercisesFor, type SetupChoices } from './setup-choices';

/** The plan fields the setup screen writes. */
export type SetupFields = Pick<
  Plan,
  'daysPerWeek' | 'trainingDays' | 'equipment' | 'exercises' | 'findingBaseline'
>;

export type SetupOutcome = {
  fields: SetupFields;
  /** Exercises whose weekly volume the answers raise by more than 10 %, before any answer. */
  over: VolumeRise[];
  /** Exercises the weekly volume can't be kept for without under 10 reps or seconds a session. */
  tooLittle: PlanExercise[];
  /** How the rise is taken, when there is one. */
  volume: VolumeAnswer | undefined;
};

/**
 * What saving `choices` over `current` would store, so the screen shows it before Save and Save
 * stores exactly that; new exercises start in the person's `units`. A new plan starts with its
 * baseline week. A change keeps each unchanged
 * exercise's prescription and the plan's baseline state: a new rung starts at its light starting
 * prescription without sending the other exercises back through a baseline week. A change that
 * raises an exercise's weekly volume by more than 10 % (our rule, DOMAIN.md section 5) is taken
 * one of two ways: 'keep' (the default when it can be done) lowers sets and reps a session so the
 * week stays within 10 %; 'baseline' keeps each session and starts a baseline week.
 */
export function setupOutcome(
  choices: SetupChoices,
  current: Plan | null,
  units: Units,
): SetupOutcome {
  const fields: SetupFields = {
    daysPerWeek: choices.daysPerWeek,
    trainingDays: [...choices.trainingDays].sort((a, b) => a - b),
    equipment: choices.equipment,
    exercises: exercisesFor(choices, current?.exercises, units),
  };
  if (current === null) {
    return {
      fields: { ...fields, findingBaseline: true },
      over: [],
      tooLittle: [],
      volume: undefined,
    };
  }
  const unchanged = { ...fields, findingBaseline: current.findingBaseline };
  const over = risesOverLimit(current, fields);
  if (over.length === 0) return { fields: unchanged, over, tooLittle: [], volume: undefined };
  const kept = keepWeeklyVolume(current, fields);
  const volume = choices.volume === 'baseline' || kept.tooLittle.length > 0 ? 'baseline' : 'keep';
  const next =
    volume === 'keep'
      ? { ...unchanged, exercises: kept.exercises }
      : { ...unchanged, findingBaseline: true };
  return { fields: next, over, tooLittle: kept.tooLittle, volume };
}
