import { toCsv } from '../common';
import { activityName, type Activity, type Checkin, type DayOf, type Episode } from '../episodes';
import { analyseTriggers, movementName, verdictLabels } from '../triggers';

const sig = (n: number | undefined) => (n === undefined ? undefined : Number(n.toPrecision(3)));

/**
 * Every activity and movement with its verdict and the counts behind it (docs/domain.md §2), one
 * row each, strongest verdict first: the same verdicts as Patterns and the clinician report.
 * The rate ratio and its 95 % interval are there for a clinician's spreadsheet; no p-values.
 */
export function triggersCsv(
  episodes: readonly Episode[],
  checkins: readonly Checkin[],
  custom: readonly Activity[],
  dayOf: DayOf,
): string {
  const findings = analyseTriggers(episodes, checkins, dayOf);
  return toCsv(findings, [
    ['kind', (f) => f.kind],
    ['name', (f) => (f.kind === 'activity' ? activityName(f.id, custom) : movementName(f.id))],
    ['verdict', (f) => verdictLabels[f.verdict]],
    ['spasms_began_with_it', (f) => f.share.count],
    ['spasms_in_all', (f) => f.share.of],
    ['checkin_days_with_it', (f) => f.counts.daysWith],
    ['days_a_spasm_began_with_it', (f) => f.counts.onsetDays],
    ['spasm_days_with_it', (f) => f.counts.spasmDaysWith],
    ['other_checkin_days', (f) => f.counts.daysWithout],
    ['spasm_days_on_other_days', (f) => f.counts.spasmDaysWithout],
    ['rate_ratio', (f) => sig(f.rateRatio?.ratio)],
    ['rate_ratio_95_low', (f) => sig(f.rateRatio?.lower)],
    ['rate_ratio_95_high', (f) => sig(f.rateRatio?.upper)],
    ['holm_correction_over', (f) => f.adjusted?.family],
  ]);
}
