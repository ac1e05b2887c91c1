import type { Outcome } from './outcome';
import type { FieldErrors, Validation } from '../common';

/**
 * The smallest change on a 0-10 rating counted as one that matters: 2 points on the average of the
 * patient-specific functional scale (Stratford et al. 1995); we use the same size for weekly pain.
 */
export const MEANINGFUL_CHANGE = 2;

/** The patient-specific scale asks for 3 to 5 activities (Stratford et al. 1995). */
export const MIN_HARD_ACTIVITIES = 3;
export const MAX_HARD_ACTIVITIES = 5;

/** The mean of an outcome's activity ratings; null when none were rated. */
export function activityAverage(outcome: Pick<Outcome, 'activityRatings'>): number | null {
  const ratings = outcome.activityRatings.map((r) => r.rating);
  return ratings.length === 0 ? null : ratings.reduce((a, b) => a + b, 0) / ratings.length;
}

const key = (activity: string) => activity.trim().toLowerCase();

/**
 * Change in the activity ratings from `before` to `after`, over the activities rated both times
 * (named alike, ignoring case): the scale compares the same activities. Null when none are shared.
 */
export function activityChange(
  before: Pick<Outcome, 'activityRatings'>,
  after: Pick<Outcome, 'activityRatings'>,
): number | null {
  const earlier = new Map(before.activityRatings.map((r) => [key(r.activity), r.rating]));
  const differences = after.activityRatings.flatMap((r) => {
    const previous = earlier.get(key(r.activity));
    return previous === undefined ? [] : [r.rating - previous];
  });
  if (differences.length === 0) return null;
  return differences.reduce((a, b) => a + b, 0) / differences.length;
}

export const isMeaningful = (change: number | null): boolean =>
  change !== null && Math.abs(change) >= MEANINGFUL_CHANGE - 1e-9;

/** Rated weeks averaged for "now" against the first week (docs/domain.md §7). */
export const RECENT_WEEKS = 4;

/** One rated week with its change since the previous rated week (shown, never judged alone). */
export type OutcomeWeek = {
  weekOf: string;
  backPain: number;
  activityAverage: number | null;
  /** Back pain now minus back pain the previous rated week; null for the first week. */
  painChange: number | null;
  /** Change in the shared activities' ratings since the previous rated week. */
  activityChange: number | null;
  /** Marked on the latest week only, when the change since the first week matters. */
  painMeaningful: boolean;
  activityMeaningful: boolean;
};

const liveByWeek = (outcomes: readonly Outcome[]) =>
  outcomes
    .filter((o) => o.deletedAt === undefined)
    .sort((a, b) => a.weekOf.localeCompare(b.weekOf));

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The change since starting, as the patient-specific scale intends (docs/domain.md §7): the
 * average of the latest 4 rated weeks (fewer when fewer follow the first) against the first rated
 * week, not one week against the next, so a single good or bad week is not called a change.
 * Null with fewer than two rated weeks.
 */
export function overallChange(outcomes: readonly Outcome[]) {
  const live = liveByWeek(outcomes);
  const first = live[0];
  const recent = live.slice(1).slice(-RECENT_WEEKS);
  const last = recent.at(-1);
  if (!first || !last) return null;
  const pain = (mean(recent.map((o) => o.backPain)) ?? 0) - first.backPain;
  const activities = mean(
    recent.flatMap((o) => {
      const change = activityChange(first, o);
      return change === null ? [] : [change];
    }),
  );
  return {
    from: first.weekOf,
    /** The first of the weeks averaged, and the latest. */
    recentFrom: recent[0]?.weekOf ?? last.weekOf,
    to: last.weekOf,
    weeksAveraged: recent.length,
    pain,
    activities,
    painMeaningful: isMeaningful(pain),
    activitiesMeaningful: isMeaningful(activities),
  };
}

/**
 * The rated weeks, oldest first, each with its change since the previous rated week. Only the
 * latest week is marked meaningful, and only when overallChange says the change since the first
 * week matters. Deleted outcomes are left out. Lower pain is better; higher activity ratings are
 * better (0 = can't do it at all).
 */
export function outcomeWeeks(outcomes: readonly Outcome[]): OutcomeWeek[] {
  const live = liveByWeek(outcomes);
  const overall = overallChange(live);
  return live.map((outcome, index) => {
    const previous = index > 0 ? live[index - 1] : undefined;
    const latest = index === live.length - 1 && overall !== null;
    return {
      weekOf: outcome.weekOf,
      backPain: outcome.backPain,
      activityAverage: activityAverage(outcome),
      painChange: previous ? outcome.backPain - previous.backPain : null,
      activityChange: previous ? activityChange(previous, outcome) : null,
      painMeaningful: latest && overall.painMeaningful,
      activityMeaningful: latest && overall.activitiesMeaningful,
    };
  });
}

/**
 * Checks the person's list of hard activities: trimmed, blanks dropped, 3 to 5 of them, none
 * named twice. Errors are keyed "hardActivities" (the list) or "hardActivities.N" (one entry).
 */
export function checkHardActivities(input: readonly string[]): Validation<string[]> {
  const errors: FieldErrors = {};
  const list: string[] = [];
  input.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    if (text.length > 80)
      errors[`hardActivities.${index}`] = 'An activity can be at most 80 characters';
    else if (list.some((a) => key(a) === key(text)))
      errors[`hardActivities.${index}`] = 'This activity is already on the list';
    list.push(text);
  });
  if (list.length < MIN_HARD_ACTIVITIES || list.length > MAX_HARD_ACTIVITIES) {
    errors.hardActivities = `Name ${MIN_HARD_ACTIVITIES} to ${MAX_HARD_ACTIVITIES} activities you find hard because of your back`;
  }
  return Object.keys(errors).length === 0 ? { ok: true, value: list } : { ok: false, errors };
}
