import type { OwnedEquipment, PlanExercise } from '../plan';
import { factsFor, sessionVolume } from './prescription';
import { ownedLoads, type GridKind } from './owned-loads';

/**
 * Design choice (docs/domain.md §5; the 10 % rule itself has no evidence, Buist 2008, but rises
 * over 30 % in two weeks raised injury rates, Nielsen 2014): weekly volume load rises by at most
 * 10 % from one week to the next.
 */
export const WEEKLY_RISE_LIMIT = 0.1;

/**
 * A load step bigger than this is stepped in a set at a time (docs/domain.md §5b rule 5: "a step
 * over 25 % (2 -> 3 kg) is stepped in").
 */
export const STEP_IN_ABOVE = 0.25;

/** What bounds one step up besides the prescription itself. */
export type StepLimits = {
  /** The weights the person owns: loads come only from them (docs/domain.md §5b rules 5-6). */
  owned?: OwnedEquipment | undefined;
  /**
   * The most tolerable weekly volume load done on this exercise in the last 4 weeks: the plan's
   * weekly volume after a step up stays within 10 % of it (docs/domain.md §5b rule 5, the cap on
   * work done). Undefined in a return week, or with nothing to go on: then only the plan's own
   * 10 % a week applies.
   */
  mostDoneWeekly?: number | undefined;
  /** Sessions planned a week: weekly volume is session volume times this. */
  sessionsPerWeek?: number | undefined;
};

const EPS = 1e-9;

/**
 * The most session volume a step up from `before` may plan: 10 % over `before`, and no more than
 * 10 % over the most tolerable work done in a week lately, per planned session.
 */
export function sessionLimit(before: PlanExercise, limits: StepLimits): number {
  const own = sessionVolume(before) * (1 + WEEKLY_RISE_LIMIT);
  const done = limits.mostDoneWeekly;
  if (done === undefined) return own + EPS;
  const perSession = (done * (1 + WEEKLY_RISE_LIMIT)) / Math.max(limits.sessionsPerWeek ?? 1, 1);
  return Math.min(own, perSession) + EPS;
}

/** The kind of owned weight a rung is loaded with, or undefined for bodyweight and bands. */
export function gridKindOf(exercise: PlanExercise): GridKind | undefined {
  const kind = factsFor(exercise).level?.loadKind;
  return kind === 'dumbbell' || kind === 'kettlebell' || kind === 'barbell' ? kind : undefined;
}

/**
 * The owned loads for this exercise's implement, in kg, lightest first; undefined when the plan
 * holds no record of what is owned (a plan from before, not yet migrated: library steps apply).
 */
export function gridFor(
  exercise: PlanExercise,
  owned: OwnedEquipment | undefined,
): readonly number[] | undefined {
  const kind = gridKindOf(exercise);
  return owned === undefined || kind === undefined ? undefined : ownedLoads(owned, kind);
}
