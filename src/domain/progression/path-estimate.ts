import { daysBetween } from '../episodes';
import { findLevel, type MainLadder } from '../exercises';
import type { PlanChange } from '../plan';

// An honest estimate of how far the destination is, from the person's own pace so far: never a
// promise, and no figure at all before there is a pace to go on (docs/domain.md §5b rule 9: about
// a year from the bottom rung to a destination is plausible and cautious).

export type PathEstimate =
  | { kind: 'at-destination' }
  | { kind: 'too-early'; rungsLeft: number }
  | {
      kind: 'estimate';
      rungsLeft: number;
      rungsClimbed: number;
      weeksPerRung: number;
      weeks: number;
    };

/** Weekly reviews that moved an exercise of `ladder` up to another rung, oldest first. */
export function rungsClimbed(changes: readonly PlanChange[], ladder: MainLadder): PlanChange[] {
  return changes
    .filter(
      (c) =>
        c.kind === 'weekly-review' &&
        c.deletedAt === undefined &&
        c.exercises.some(
          (e) =>
            e.action === 'progress' &&
            e.exerciseIdAfter !== e.exerciseId &&
            findLevel(e.exerciseIdAfter)?.ladder === ladder,
        ),
    )
    .sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * Weeks to the destination of `ladder` at the pace since `planStart` (the day the plan began):
 * weeks so far per rung climbed, times the rungs left. `step` and `steps` are the person's rung
 * and the rungs their equipment allows (ladderProgress).
 */
export function pathEstimate(input: {
  ladder: MainLadder;
  step: number;
  steps: number;
  changes: readonly PlanChange[];
  planStart: string;
  today: string;
}): PathEstimate {
  const rungsLeft = input.steps - input.step;
  if (rungsLeft <= 0) return { kind: 'at-destination' };
  const climbed = rungsClimbed(input.changes, input.ladder).length;
  const weeksSoFar = Math.max(1, daysBetween(input.planStart, input.today) / 7);
  if (climbed === 0) return { kind: 'too-early', rungsLeft };
  const weeksPerRung = weeksSoFar / climbed;
  return {
    kind: 'estimate',
    rungsLeft,
    rungsClimbed: climbed,
    weeksPerRung: Math.round(weeksPerRung),
    weeks: Math.round(weeksPerRung * rungsLeft),
  };
}

/** The estimate in plain words, with the reason it is only an estimate. */
export function pathEstimateSentence(estimate: PathEstimate): string {
  switch (estimate.kind) {
    case 'at-destination':
      return 'You are at the destination. From here the load or the reps grow slowly, a small step every few steady weeks.';
    case 'too-early':
      return `Too early to estimate: the app needs your first move up a rung to see your pace. ${String(estimate.rungsLeft)} ${estimate.rungsLeft === 1 ? 'rung' : 'rungs'} to go; about a year from the first rung to the destination is a sensible, cautious pace.`;
    case 'estimate':
      return `At your pace so far (about ${String(estimate.weeksPerRung)} ${estimate.weeksPerRung === 1 ? 'week' : 'weeks'} a rung), about ${String(estimate.weeks)} weeks to the destination. An estimate, not a promise: a flare or a break slows it, and that is part of the plan.`;
  }
}
