import {
  convertLoads,
  fitLoadsToOwned,
  ownedAfterSetup,
  type LoadConversion,
} from '../../../domain/progression';
import { parseOwnedText } from './setup-owned';
import type { Plan, PlanExercise } from '../../../domain/plan';
import type { Units } from '../../../domain/settings';
import type { VolumeAnswer } from '../../../domain/progression';
import { keepWeeklyVolume, risesOverLimit, type VolumeRise } from '../../../domain/progression';
import { exercisesFor, type SetupChoices } from './setup-choices';

/** The plan fields the setup screen writes. */
export type SetupFields = Pick<
  Plan,
  'daysPerWeek' | 'trainingDays' | 'equipment' | 'exercises' | 'findingBaseline' | 'owned'
>;

export type SetupOutcome = {
  fields: SetupFields;
  /** Exercises whose weekly volume the answers raise by more than 10 %, before any answer. */
  over: VolumeRise[];
  /** Exercises the weekly volume can't be kept for without under 10 reps or seconds a session. */
  tooLittle: PlanExercise[];
  /** How the rise is taken, when there is one. */
  volume: VolumeAnswer | undefined;
  /** Loads switched to the person's units, or kept in the old ones (none at or below them). */
  conversions: LoadConversion[];
};

/**
 * What saving `choices` over `current` would store, so the screen shows it before Save and Save
 * stores exactly that; new exercises start in the person's `units`, and kept ones in other units
 * switch to them, each load down (convertLoads). A new plan starts with its baseline week. A
 * change keeps each unchanged
 * exercise's prescription and the plan's baseline state: a new rung starts at its light starting
 * prescription with a baseline week of its own (withOwnBaselines), without sending the other
 * exercises back through one. A change that
 * raises an exercise's weekly volume by more than 10 % (our rule, docs/domain.md §5) is taken
 * one of two ways: 'keep' (the default when it can be done) lowers sets and reps a session so the
 * week stays within 10 %; 'baseline' keeps each session and starts a baseline week.
 */
export function setupOutcome(
  choices: SetupChoices,
  current: Plan | null,
  units: Units,
): SetupOutcome {
  const chosen = exercisesFor(choices, current?.exercises, units);
  // A plan stored in other units (the person changed kg to lb) switches as it is saved: each
  // load down to the nearest weight in the new units, never up (convertLoads).
  const conversions = chosen.flatMap((e) => convertLoads(e, units) ?? []);
  // The weights owned (docs/domain.md §5b rule 5): as edited when that is valid, else the
  // plan's, with defaults for each kind newly ticked; every load then comes from them (rule 6).
  // Loads are moved onto the grid only when the person edited it (a plan's own loads are on the
  // grid its migration inferred).
  const typed = choices.owned && parseOwnedText(choices.owned, choices.equipment);
  const edited = typed && Object.keys(typed.errors).length === 0 ? typed.owned : undefined;
  const owned = edited ?? ownedAfterSetup(choices.equipment, units, current?.owned);
  const exercises = chosen.map((e) => conversions.find((c) => c.before === e)?.after ?? e);
  const fields: SetupFields = {
    daysPerWeek: choices.daysPerWeek,
    trainingDays: [...choices.trainingDays].sort((a, b) => a - b),
    equipment: choices.equipment,
    exercises: edited ? fitLoadsToOwned(exercises, edited) : exercises,
    owned,
  };
  const shown = conversions.filter((c) => c.kind !== 'relabelled');
  const none = { over: [], tooLittle: [], volume: undefined, conversions: shown };
  if (current === null) return { ...none, fields: { ...fields, findingBaseline: true } };
  const unchanged = { ...fields, findingBaseline: current.findingBaseline };
  const over = risesOverLimit(current, fields);
  if (over.length === 0) return { ...none, fields: withOwnBaselines(unchanged, current) };
  const kept = keepWeeklyVolume(current, fields);
  const volume: VolumeAnswer =
    choices.volume === 'baseline' || kept.tooLittle.length > 0 ? 'baseline' : 'keep';
  const next =
    volume === 'keep'
      ? { ...unchanged, exercises: kept.exercises }
      : { ...unchanged, findingBaseline: true };
  const outcome = { over, tooLittle: kept.tooLittle, volume, conversions: shown };
  return { ...outcome, fields: withOwnBaselines(next, current) };
}

/**
 * Gives each exercise whose rung or load this change sets (a rung or accessory not in the plan
 * before, or a load switched to other units) a baseline week of its own (findingBaseline): its
 * first week is judged by what stays tolerable, without holding the others (docs/domain.md §5:
 * the highest tolerable level and load). Not needed while the whole plan is in its baseline week.
 */
function withOwnBaselines(fields: SetupFields, current: Plan): SetupFields {
  if (fields.findingBaseline === true) return fields;
  const exercises = fields.exercises.map((exercise) => {
    const was = current.exercises.find((e) => e.exerciseId === exercise.exerciseId);
    const changed = was === undefined || (was.loadKg ?? 0) !== (exercise.loadKg ?? 0);
    return changed ? { ...exercise, findingBaseline: true } : exercise;
  });
  return { ...fields, exercises };
}
