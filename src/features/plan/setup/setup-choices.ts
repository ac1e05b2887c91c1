import {
  defaultPrescription,
  hasEquipmentFor,
  ladderOf,
  levelsFor,
  mainLadders,
} from '../../../domain/exercises';
import type { MainLadder } from '../../../domain/exercises';
import type { EquipmentKind, Plan, PlanExercise } from '../../../domain/plan';
import type { Units } from '../../../domain/settings';
import type { VolumeAnswer } from '../../../domain/progression';
import type { FieldErrors } from '../../../domain/common';
import { parseOwnedText, type OwnedText } from './setup-owned';

/** What the setup screen asks: schedule, equipment and where to start on each ladder. */
export type SetupChoices = {
  daysPerWeek: number;
  trainingDays: number[];
  equipment: EquipmentKind[];
  /** The chosen starting rung per ladder; absent means the lowest the equipment allows. */
  start: Partial<Record<MainLadder, string>>;
  /** The optional accessories chosen, by exercise id. */
  accessories: string[];
  /** How to take a change that raises weekly volume by more than 10 %; absent: the safe default. */
  volume?: VolumeAnswer;
  /** The weights owned, as typed; absent until the person edits them (the plan's, or defaults). */
  owned?: OwnedText;
};

/** Suggested weekdays for each number of days a week, with rest days between. */
export const suggestedDays: Record<number, number[]> = {
  2: [1, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
};

export const weekdayNames = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** A new plan's choices, or the stored plan's so the person can change them. */
export function initialChoices(plan: Plan | null): SetupChoices {
  if (plan === null) {
    return { daysPerWeek: 3, trainingDays: [1, 3, 5], equipment: [], start: {}, accessories: [] };
  }
  const start: SetupChoices['start'] = {};
  const accessories: string[] = [];
  for (const exercise of plan.exercises) {
    if (exercise.ladder === 'accessory') accessories.push(exercise.exerciseId);
    else start[exercise.ladder] = exercise.exerciseId;
  }
  const { daysPerWeek, equipment } = plan;
  const trainingDays = plan.trainingDays ?? suggestedDays[daysPerWeek] ?? [];
  return { daysPerWeek, trainingDays, equipment, start, accessories };
}

/** The accessories the equipment allows, in the library's order. */
export function availableAccessories(equipment: readonly EquipmentKind[]) {
  return ladderOf('accessory').filter((level) => hasEquipmentFor(level, equipment));
}

/** The rung each ladder starts on: the one chosen when the equipment allows it, else the lowest. */
export function startingRungs(choices: SetupChoices) {
  return mainLadders.map((ladder) => {
    const levels = levelsFor(ladder, choices.equipment);
    const chosen = levels.find((level) => level.id === choices.start[ladder]) ?? levels[0];
    return { ladder, levels, chosen };
  });
}

/**
 * The plan's exercises: each ladder's starting rung, then the chosen accessories the equipment
 * allows, each at the library's starting prescription in the person's `units`, except an exercise
 * already in the plan, which keeps its own prescription (and so its progress; setupOutcome
 * switches its units).
 */
export function exercisesFor(
  choices: SetupChoices,
  current: readonly PlanExercise[] = [],
  units: Units = 'kg',
) {
  const rungs = startingRungs(choices).flatMap(({ chosen }) => (chosen ? [chosen] : []));
  const accessories = availableAccessories(choices.equipment).filter((level) =>
    choices.accessories.includes(level.id),
  );
  return [...rungs, ...accessories].flatMap((level): PlanExercise[] => {
    const kept = current.find((e) => e.exerciseId === level.id);
    const start = kept ?? defaultPrescription(level.id, units);
    return start ? [start] : [];
  });
}

/** Messages for answers the plan's schema can't judge on its own. */
export function setupErrors(choices: SetupChoices): FieldErrors {
  const errors: FieldErrors = {};
  if (choices.trainingDays.length !== choices.daysPerWeek) {
    errors.trainingDays = `Choose ${String(choices.daysPerWeek)} days, or change how many days a week`;
  }
  if (choices.equipment.length === 0) {
    errors.equipment = 'Choose the equipment you have, or No equipment';
  }
  if (choices.owned) Object.assign(errors, parseOwnedText(choices.owned, choices.equipment).errors);
  return errors;
}
