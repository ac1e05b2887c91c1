import { accessoryLevels } from './exercise-accessories';
import { extensionLevels } from './exercise-ladders-extension';
import { hingeLevels } from './exercise-ladders-hinge';
import { rowLevels } from './exercise-ladders-row';
import type { ExerciseLevel } from './exercise-level';
import { fromUnits } from './load-units';
import type { EquipmentKind, Ladder, PlanExercise } from '../plan';
import type { Units } from '../settings';

/** The three ladders that lead to a destination exercise (accessories stand alone). */
export const mainLadders = ['extension', 'row', 'hinge'] as const;
export type MainLadder = (typeof mainLadders)[number];

/**
 * Every exercise the plan can hold: the extension, row and hinge ladders toward supermans,
 * bent-over rows and deadlifts, plus reverse flyes and good mornings (docs/domain.md §5).
 * The order of rungs is the source's; the numbers (ranges, starting loads, steps) are our design
 * choices within ACSM 2009 (Ratamess): novices 8-12 reps, endurance work at higher reps.
 */
export const exerciseLibrary: readonly ExerciseLevel[] = [
  ...extensionLevels,
  ...rowLevels,
  ...hingeLevels,
  ...accessoryLevels,
];

const byId = new Map(exerciseLibrary.map((level) => [level.id, level]));

/** The library entry for `exerciseId`, or undefined for an id the library doesn't know. */
export function findLevel(exerciseId: string): ExerciseLevel | undefined {
  return byId.get(exerciseId);
}

/**
 * The rung number of `exerciseId`, read from the library: records store only the id, so a ladder
 * renumbered later never changes what a stored plan or set means (docs/architecture.md §3, stored
 * shapes). An id the library doesn't know counts as -1, below every rung.
 */
export function rungOf(exerciseId: string): number {
  return byId.get(exerciseId)?.level ?? -1;
}

/** Every rung of `ladder` with all its equipment variants, easiest first, preferred variant first. */
export function ladderOf(ladder: Ladder): ExerciseLevel[] {
  return exerciseLibrary.filter((level) => level.ladder === ladder);
}

/** True when the person has everything `level` needs ("none" owns nothing extra). */
export function hasEquipmentFor(
  level: ExerciseLevel,
  equipment: readonly EquipmentKind[],
): boolean {
  return level.equipment.every((kind) => equipment.includes(kind));
}

const levelsCache = new Map<string, readonly ExerciseLevel[]>();

/**
 * The rungs of `ladder` this person can do with `equipment`: for each rung, the first variant they
 * have the equipment for; rungs with no such variant are skipped, so the ladder stays in order and
 * the next rung up is always one they can do. For accessories, one entry per accessory.
 */
export function levelsFor(
  ladder: Ladder,
  equipment: readonly EquipmentKind[],
): readonly ExerciseLevel[] {
  // Every review asks this for each exercise, and the answer depends only on the arguments.
  const key = `${ladder}:${equipment.join(',')}`;
  const cached = levelsCache.get(key);
  if (cached) return cached;
  const chosen = new Map<string, ExerciseLevel>();
  for (const level of ladderOf(ladder)) {
    const rung = `${level.track}:${String(level.level)}`;
    if (!chosen.has(rung) && hasEquipmentFor(level, equipment)) chosen.set(rung, level);
  }
  const levels: readonly ExerciseLevel[] = Object.freeze([...chosen.values()]);
  levelsCache.set(key, levels);
  return levels;
}

/**
 * The destination of a ladder: with no `equipment` given, the named one (superman with holds,
 * bent-over row, deadlift); with `equipment`, the highest rung this person can reach (undefined
 * when they can do no rung at all, e.g. rows with no weights).
 */
export function destinationFor(
  ladder: MainLadder,
  equipment?: readonly EquipmentKind[],
): ExerciseLevel | undefined {
  const levels = equipment === undefined ? ladderOf(ladder) : levelsFor(ladder, equipment);
  const top = Math.max(...levels.map((level) => level.level));
  return levels.find((level) => level.level === top);
}

const sameTrack = (id: string, equipment: readonly EquipmentKind[]) => {
  const current = findLevel(id);
  if (current === undefined) return { current, levels: [] };
  const levels = levelsFor(current.ladder, equipment).filter((l) => l.track === current.track);
  return { current, levels };
};

/** The next rung up from `exerciseId` that the person can do, or undefined at their top. */
export function nextLevel(
  exerciseId: string,
  equipment: readonly EquipmentKind[],
): ExerciseLevel | undefined {
  const { current, levels } = sameTrack(exerciseId, equipment);
  return current && levels.find((level) => level.level > current.level);
}

/** The rung below `exerciseId` that the person can do, or undefined at the bottom. */
export function previousLevel(
  exerciseId: string,
  equipment: readonly EquipmentKind[],
): ExerciseLevel | undefined {
  const { current, levels } = sameTrack(exerciseId, equipment);
  return current && levels.findLast((level) => level.level < current.level);
}

/**
 * The starting prescription for a rung: its default sets, every set at the bottom of the rep range,
 * the shortest hold and the light starting load in `units` (10 lb, not a converted 4 kg). In lb the
 * exercise says so (loadUnits), bodyweight rungs too, so the rungs it leads to start in lb; in kg
 * it carries no units, as plans always did. Undefined for an id the library doesn't know.
 */
export function defaultPrescription(
  levelId: string,
  units: Units = 'kg',
): PlanExercise | undefined {
  const level = findLevel(levelId);
  if (level === undefined) return undefined;
  const load = level.load?.[units];
  return {
    exerciseId: level.id,
    ladder: level.ladder,
    sets: level.sets,
    repsMin: level.repsMin,
    repsMax: level.repsMax,
    targetReps: Array.from({ length: level.sets }, () => level.repsMin),
    ...(load === undefined ? {} : { loadKg: fromUnits(load.start, units) }),
    ...(units === 'lb' && { loadUnits: units }),
    ...(level.holdMin === undefined ? {} : { holdSeconds: level.holdMin }),
  };
}
