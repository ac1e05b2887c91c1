import type { Proportion } from '../common';

/**
 * Design choice (docs/domain.md §2): below these counts the app says "too early to tell".
 * A spasm is linked to an activity when it began with it or began on a check-in day it was done.
 */
export const MIN_LINKED_SPASMS = 3;
/** Design choice: days with the activity, and (ours, so there is something to compare) days without. */
export const MIN_EXPOSURE_DAYS = 5;

export type Verdict = 'too-early' | 'no-sign' | 'possible' | 'likely';

/** Strongest first; used to rank findings. */
export const verdictOrder: readonly Verdict[] = ['likely', 'possible', 'no-sign', 'too-early'];

/** Spasm days among check-in days with the activity, and among check-in days without it. */
export type ExposureComparison = { withIt: Proportion; without: Proportion };

/** What is still missing before the verdict can be more than "too early to tell". */
export type Shortfall = { spasms: number; daysWithIt: number; daysWithout: number };

/** The shortfall for an activity: 0 everywhere once the minimum counts are reached. */
export function shortfall(linked: number, exposure: ExposureComparison): Shortfall {
  return {
    spasms: Math.max(0, MIN_LINKED_SPASMS - linked),
    daysWithIt: Math.max(0, MIN_EXPOSURE_DAYS - exposure.withIt.of),
    daysWithout: Math.max(0, MIN_EXPOSURE_DAYS - exposure.without.of),
  };
}

/**
 * The word for an activity (design choice, docs/domain.md §2), never stronger than its counts:
 * - "too early" below the minimum counts, unless the days alone already show it is lower: even the
 *   Wilson upper bound of the spasm rate on days with it is below the rate on other days ("no sign");
 * - "likely" only when the Wilson 95 % lower bound of the spasm rate on days with it is above the
 *   point rate on other days;
 * - "possible" when the rate on days with it is higher, but not clearly; otherwise "no sign".
 */
export function activityVerdict(linked: number, exposure: ExposureComparison): Verdict {
  const { withIt, without } = exposure;
  const daysEnough = withIt.of >= MIN_EXPOSURE_DAYS && without.of >= MIN_EXPOSURE_DAYS;
  if (!daysEnough || linked < MIN_LINKED_SPASMS) {
    return daysEnough && withIt.upper < without.point ? 'no-sign' : 'too-early';
  }
  if (withIt.lower > without.point) return 'likely';
  return withIt.point > without.point ? 'possible' : 'no-sign';
}

/**
 * The word for a movement. The check-in asks about activities, not movements, so there are no days
 * to compare and a movement is never called "likely". Design choice: "possible" when the Wilson
 * lower bound of its share of spasms with a known movement is above an even share across the
 * `movementCount` movements; "too early" below the minimum number of spasms that began with it.
 */
export function movementVerdict(share: Proportion, movementCount: number): Verdict {
  if (share.count < MIN_LINKED_SPASMS) return 'too-early';
  return share.lower > 1 / movementCount ? 'possible' : 'no-sign';
}
