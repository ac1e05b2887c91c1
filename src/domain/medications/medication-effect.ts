import type { CrampDrugClass } from './cramp-drugs';
import type { Episode } from '../episodes';
import { addDays, daysBetween, type DayOf } from '../episodes';
import type { Medication } from './medication';

/**
 * Design choices (ours, not published rules; docs/domain.md §4 asks only to compare before and after):
 * - compare the 4 weeks (28 days) after a change with the 4 weeks before it: 4 weeks is the start of
 *   the typical statin onset window (EAS), and a recent "before" reflects the person's usual rate;
 * - "too early to tell" until 14 days have passed since the change, or while fewer than 3 spasms are
 *   logged across both windows (the same 3-episode floor as the trigger rules, docs/domain.md §2);
 * - "more" or "fewer" only when the count after differs from the count the before-rate predicts by
 *   half again (x1.5) and by at least 2 spasms; otherwise "about the same". Not a statistical test.
 */
export const EFFECT_WINDOW_DAYS = 28;
export const MIN_DAYS_AFTER = 14;
export const MIN_SPASMS = 3;
const CHANGE_RATIO = 1.5;
const CHANGE_SPASMS = 2;

export type MedicationChange = { on: string; kind: 'started' | 'dose-changed' | 'stopped' };

/**
 * The latest change worth watching on or before `today`: starts and dose changes for most classes;
 * dose changes and stopping for sedatives (`watch: 'stopping'`, withdrawal). Null when there is none.
 */
export function latestChange(
  medication: Pick<Medication, 'startedOn' | 'doseChanges' | 'stoppedOn'>,
  watch: CrampDrugClass['watch'],
  today: string,
): MedicationChange | null {
  const changes: MedicationChange[] = medication.doseChanges.map((change) => ({
    on: change.on,
    kind: 'dose-changed',
  }));
  if (watch === 'starting') changes.push({ on: medication.startedOn, kind: 'started' });
  if (watch === 'stopping' && medication.stoppedOn !== undefined) {
    changes.push({ on: medication.stoppedOn, kind: 'stopped' });
  }
  const past = changes.filter((change) => change.on <= today);
  return past.reduce<MedicationChange | null>(
    (latest, c) => (!latest || c.on > latest.on ? c : latest),
    null,
  );
}

export type SpasmWindow = { from: string; days: number; spasms: number; perWeek: number };

export type EffectVerdict =
  'too-little-time' | 'no-log-before' | 'too-few-spasms' | 'more' | 'fewer' | 'about-the-same';

export type MedicationEffect = {
  change: MedicationChange;
  daysSinceChange: number;
  before: SpasmWindow;
  after: SpasmWindow;
  verdict: EffectVerdict;
};

function countWindow(days: readonly string[], from: string, length: number): SpasmWindow {
  const to = addDays(from, length - 1);
  const spasms = days.filter((day) => day >= from && day <= to).length;
  return { from, days: length, spasms, perWeek: length > 0 ? (spasms * 7) / length : 0 };
}

function verdictOf(before: SpasmWindow, after: SpasmWindow, hasLogBefore: boolean): EffectVerdict {
  if (after.days < MIN_DAYS_AFTER) return 'too-little-time';
  if (!hasLogBefore) return 'no-log-before';
  if (before.spasms + after.spasms < MIN_SPASMS) return 'too-few-spasms';
  const expected = (before.spasms * after.days) / before.days;
  if (after.spasms >= expected * CHANGE_RATIO && after.spasms - expected >= CHANGE_SPASMS) {
    return 'more';
  }
  if (expected >= after.spasms * CHANGE_RATIO && expected - after.spasms >= CHANGE_SPASMS) {
    return 'fewer';
  }
  return 'about-the-same';
}

/**
 * Spasms in the `windowDays` before a change against the days since it (up to `windowDays`), as
 * counts and rates per week. The change day counts as "after"; deleted episodes never count.
 * Invariants: after.days is 1..windowDays (0 for a change after `today`); a verdict other than the three "too early" ones needs
 * at least MIN_DAYS_AFTER days after, a spasm logged before the change, and MIN_SPASMS spasms.
 * "no-log-before" means nothing at all is logged before the change, so the person may simply not
 * have been using the app yet.
 */
export function medicationEffect(
  change: MedicationChange,
  episodes: readonly Pick<Episode, 'startedAt' | 'deletedAt'>[],
  today: string,
  dayOf: DayOf,
  windowDays = EFFECT_WINDOW_DAYS,
): MedicationEffect {
  const days = episodes.filter((e) => e.deletedAt === undefined).map((e) => dayOf(e.startedAt));
  const daysSinceChange = daysBetween(change.on, today);
  const before = countWindow(days, addDays(change.on, -windowDays), windowDays);
  const after = countWindow(
    days,
    change.on,
    Math.max(0, Math.min(windowDays, daysSinceChange + 1)),
  );
  const hasLogBefore = days.some((day) => day < change.on);
  return {
    change,
    daysSinceChange,
    before,
    after,
    verdict: verdictOf(before, after, hasLogBefore),
  };
}
