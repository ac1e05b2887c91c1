import { findLevel } from '../exercises';
import type { PlanExercise } from '../plan';
import {
  describePrescription,
  formatLoad,
  formatPercent,
  loadUnitsOf,
  nameInSentence,
} from './prescription';
import type { Units } from '../settings';

/** How the units read mid-sentence: "weights in pounds now, each down to the nearest pound weight". */
export const unitsWords: Record<Units, { one: string; many: string }> = {
  kg: { one: 'kilogram', many: 'kilograms' },
  lb: { one: 'pound', many: 'pounds' },
};

const nameOf = (e: PlanExercise) => nameInSentence(findLevel(e.exerciseId)?.name ?? e.exerciseId);

/**
 * The sentence for an exercise whose loads were switched to the person's `units` (convertLoads),
 * or that had to stay in its old units; undefined for any other change. Says the new load is the
 * nearest weight down, never up, and how much lighter, so no conversion goes unnoticed.
 */
export function unitsSentence(
  before: PlanExercise,
  after: PlanExercise,
  units: Units,
): string | undefined {
  const from = before.loadKg ?? 0;
  const to = after.loadKg ?? 0;
  if (from <= 0 || before.exerciseId !== after.exerciseId) return undefined;
  const words = unitsWords[units];
  if (loadUnitsOf(before) !== loadUnitsOf(after)) {
    const lighter = to < from - 1e-9 ? `, ${formatPercent(1 - to / from)} lighter for now` : '';
    return `In ${words.many} now: ${describePrescription(after)} instead of ${describePrescription(before)}. ${formatLoad(to, loadUnitsOf(after))} is the nearest ${words.one} weight at or below ${formatLoad(from, loadUnitsOf(before))} (we never round a weight up)${lighter}.`;
  }
  if (loadUnitsOf(after) === units) return undefined;
  return `Stays at ${describePrescription(after)}: no ${words.one} weight for ${nameOf(after)} is at or below ${formatLoad(to, loadUnitsOf(after))}, and we never round a weight up. It switches to ${words.many} at a later change, once it is heavier.`;
}
