import { STATIN_ONSET, type CrampDrugClass } from './cramp-drugs';
import {
  MIN_DAYS_AFTER,
  MIN_SPASMS,
  type MedicationEffect,
  type SpasmWindow,
} from './medication-effect';

/** The note on a medicine's page, sentence by sentence, for the UI to lay out. */
export type EffectNote = { counts: string; verdict: string; onset?: string; advice: string };

const spasms = (count: number) => `${count} ${count === 1 ? 'spasm' : 'spasms'}`;
const perWeek = (span: SpasmWindow) => `${span.perWeek.toFixed(1)} a week`;
const period = (days: number) =>
  days % 7 === 0
    ? `${days / 7} ${days === 7 ? 'week' : 'weeks'}`
    : `${days} ${days === 1 ? 'day' : 'days'}`;

const changeWords = {
  started: 'started',
  'dose-changed': 'changed the dose of',
  stopped: 'stopped',
};

/**
 * Plain sentences for a before/after comparison: always the counts behind the words, "too early to
 * tell" when the thresholds aren't met, the statin onset window (EAS 2015/2018) for statins, and
 * the advice to talk to the prescriber. Never advises stopping or changing a medicine.
 */
export function effectNote(
  effect: MedicationEffect,
  medicineName: string,
  drugClass: CrampDrugClass,
): EffectNote {
  const { before, after, change } = effect;
  const counts =
    `In the ${period(after.days)} since you ${changeWords[change.kind]} ${medicineName}, you logged ` +
    `${spasms(after.spasms)} (${perWeek(after)}); in the ${period(before.days)} before, ` +
    `${spasms(before.spasms)} (${perWeek(before)}).`;
  const verdicts: Record<MedicationEffect['verdict'], string> = {
    'too-little-time': `It's too early to tell: we compare once ${MIN_DAYS_AFTER} days have passed since the change.`,
    'no-log-before':
      "It's too early to tell: nothing is logged from before the change, so there is nothing to compare with.",
    'too-few-spasms': `It's too early to tell: fewer than ${MIN_SPASMS} spasms are logged around the change.`,
    more: 'That is more spasms than before the change.',
    fewer: 'That is fewer spasms than before the change.',
    'about-the-same': 'That is about the same as before the change.',
  };
  const [from, to] = STATIN_ONSET.typicalWeeks;
  const onset =
    drugClass.id === 'statin' && change.kind !== 'stopped'
      ? `Muscle symptoms from a statin usually begin within ${from}–${to} weeks of starting or a dose increase; symptoms that begin after ${STATIN_ONSET.lessLikelyAfterWeeks} weeks make the statin a less likely cause.`
      : undefined;
  return {
    counts,
    verdict: verdicts[effect.verdict],
    ...(onset ? { onset } : {}),
    advice:
      "Talk to your prescriber or pharmacist about what you've noticed, and don't change how you take it without talking to them first.",
  };
}
