import type { Checkin } from '../episodes';
import { movements, type Episode, type Movement } from '../episodes';
import type { DayOf } from '../episodes';
import { buildDiary, compare, type Diary } from './trigger-diary';
import { tallyActivities } from './trigger-tally';
import {
  activityVerdict,
  MIN_LINKED_SPASMS,
  movementVerdict,
  shortfall,
  verdictOrder,
  type ExposureComparison,
  type Shortfall,
  type Verdict,
} from './trigger-verdict';
import { wilson, type Proportion } from '../common';

/**
 * Day-level case-crossover (Maclure 1991, Am J Epidemiol 133:144; days 1 and 2 before onset as the
 * day analogue of Steffens 2015's 24-26 h and 48-50 h control windows). Each spasm whose onset
 * activity is known is a matched set: exposed in the hazard window when it began with the activity;
 * its controls are the check-in days 1 and 2 before it (days without a check-in are unknown, left out).
 */
export type CaseCrossover = {
  sets: number;
  hazardExposed: number;
  controlDays: number;
  controlExposed: number;
  /** Mantel-Haenszel odds ratio for 1:m matched sets; null when it has no denominator. */
  oddsRatio: number | null;
};

export type TriggerFinding = {
  kind: 'activity' | 'movement';
  id: string;
  /** Spasms that began with it, of all spasms. */
  share: Proportion;
  /** Spasms that began with it or on a check-in day it was done (activities); began with it (movements). */
  linked: number;
  /** Activities only: the check-in asks about activities, not movements. */
  exposure: ExposureComparison | null;
  crossover: CaseCrossover | null;
  shortfall: Shortfall;
  verdict: Verdict;
};

const knownMovements = movements.filter((m) => m !== 'not-sure');

function activityFindings(diary: Diary): TriggerFinding[] {
  const { tallies, totalSpasmDays, sets } = tallyActivities(diary);
  const total = diary.episodes.length;
  return [...tallies].map(([id, t]) => {
    const exposure: ExposureComparison = {
      withIt: wilson(t.spasmDays, t.days),
      without: wilson(totalSpasmDays - t.spasmDays, diary.exposures.size - t.days),
    };
    return {
      kind: 'activity',
      id,
      share: wilson(t.beganWith, total),
      linked: t.linked,
      exposure,
      crossover: {
        sets: sets.count,
        hazardExposed: t.hazard,
        controlDays: sets.controlDays,
        controlExposed: t.controlExposed,
        oddsRatio: t.mhDenominator > 0 ? t.mhNumerator / t.mhDenominator : null,
      },
      shortfall: shortfall(t.linked, exposure),
      verdict: activityVerdict(t.linked, exposure),
    };
  });
}

function movementFinding(id: Movement, diary: Diary): TriggerFinding {
  const beganWith = diary.episodes.filter((e) => e.movement === id).length;
  const known = diary.episodes.filter((e) => e.movement !== 'not-sure').length;
  return {
    kind: 'movement',
    id,
    share: wilson(beganWith, diary.episodes.length),
    linked: beganWith,
    exposure: null,
    crossover: null,
    shortfall: {
      spasms: Math.max(0, MIN_LINKED_SPASMS - beganWith),
      daysWithIt: 0,
      daysWithout: 0,
    },
    verdict: movementVerdict(wilson(beganWith, known), knownMovements.length),
  };
}

const rank = (f: TriggerFinding) => verdictOrder.indexOf(f.verdict);
const rateGap = (f: TriggerFinding) =>
  f.exposure ? f.exposure.withIt.point - f.exposure.without.point : 0;

/**
 * Every activity and movement the diary mentions (an activity ticked in a check-in or the onset of
 * a spasm; a movement other than "Not sure" at the onset of a spasm), strongest verdict first, then
 * most spasms begun with it, then the largest difference in day rates, then activities before
 * movements, then id. Soft-deleted records never count; the result never depends on input order.
 */
export function analyseTriggers(
  episodes: readonly Episode[],
  checkins: readonly Checkin[],
  dayOf: DayOf,
): TriggerFinding[] {
  const diary = buildDiary(episodes, checkins, dayOf);
  const usedMovements = knownMovements.filter((m) => diary.episodes.some((e) => e.movement === m));
  const findings = [
    ...activityFindings(diary),
    ...usedMovements.map((m) => movementFinding(m, diary)),
  ];
  return findings.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.share.count - a.share.count ||
      rateGap(b) - rateGap(a) ||
      compare(a.kind, b.kind) ||
      compare(a.id, b.id),
  );
}
