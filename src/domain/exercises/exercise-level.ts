import type { EquipmentKind, Ladder } from '../plan';
import type { Units } from '../settings';

/** What one set is counted in: reps, or holds of a number of seconds. */
export const exerciseUnits = ['reps', 'seconds'] as const;
export type ExerciseUnit = (typeof exerciseUnits)[number];

/** What the load is: the body alone, or a weight or band held. */
export const loadKinds = ['bodyweight', 'dumbbell', 'kettlebell', 'barbell', 'band'] as const;
export type LoadKind = (typeof loadKinds)[number];

/**
 * One rung of a ladder, or a stand-alone accessory. Rungs on the same `track` and `level` are
 * variants of one movement for different equipment, listed in order of preference.
 */
export type ExerciseLevel = {
  /** Stable id, stored in plans and sets: never rename. */
  id: string;
  name: string;
  ladder: Ladder;
  /** The ladder for extension, row and hinge; the accessory's own family otherwise. */
  track: string;
  /** Position on the track, 0 the easiest. Never stored: read it by id (rungOf). */
  level: number;
  trains: string;
  cues: readonly string[];
  unit: ExerciseUnit;
  loadKind: LoadKind;
  /** Everything needed; empty when a floor, a chair or a broom handle is enough. */
  equipment: readonly EquipmentKind[];
  sets: number;
  /** The most sets the engine adds at a destination before it just keeps the person steady. */
  maxSets: number;
  repsMin: number;
  repsMax: number;
  /** Hold range in seconds (unit 'seconds' only). */
  holdMin?: number;
  holdMax?: number;
  /** Weighted kinds only: the loads in kg and in lb, each as that unit's implements are sold. */
  load?: Record<Units, LoadSteps>;
};

/**
 * One weighted rung's loads in one unit (kg or lb), all on its implement's steps (loadGrid).
 * Design choices: a light start, the smallest sensible step, and for rungs below the destination
 * the load at which the next rung makes sense.
 */
export type LoadSteps = { start: number; step: number; moveOnAt?: number };

/**
 * The fewest reps per session (or seconds per hold) a prescription keeps: below 10, even one more
 * rep or second is over 10 %, so the plan could never grow again within our 10 % a week.
 */
export const MIN_UNITS = 10;
