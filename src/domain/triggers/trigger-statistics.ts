import type { TriggerFinding } from './triggers';

/** Two significant figures: a rate ratio's precision is no better than that. */
const sig = (n: number) => String(Number(n.toPrecision(2)));

const familyName = (kind: TriggerFinding['kind'], n: number) =>
  kind === 'activity' ? (n === 1 ? 'activity' : 'activities') : n === 1 ? 'movement' : 'movements';

/**
 * The statistics of a finding for a clinician (docs/domain.md §2), never for the person: the 2x2
 * counts, the rate ratio with its 95 % interval and the correction, e.g. "A spasm began with it on
 * 16 of 36 days with it, against a spasm on 7 of 144 other days: rate ratio 9.1 (95 % CI 4.1 to
 * 20); one-sided mid-p exact test, Holm correction over 5 activities."
 */
export function clinicianStatistics(finding: TriggerFinding): string {
  const c = finding.counts;
  const table =
    `A spasm began with it on ${c.onsetDays} of ${c.daysWith} check-in days with it, against a ` +
    `spasm on ${c.spasmDaysWithout} of ${c.daysWithout} other check-in days`;
  const rr = finding.rateRatio;
  const ratio = rr
    ? `: rate ratio ${sig(rr.ratio)} (95 % CI ${sig(rr.lower)} to ${sig(rr.upper)})`
    : '';
  if (finding.adjusted === null)
    return `${table}${ratio}. Not tested: fewer than 3 spasms linked to it.`;
  const k = finding.adjusted.family;
  return `${table}${ratio}; one-sided mid-p exact test, Holm correction over ${k} ${familyName(finding.kind, k)}.`;
}
