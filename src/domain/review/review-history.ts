import type { Checkin } from '../episodes';
import type { Episode } from '../episodes';
import { dayNumber, shiftDay } from '../common';
import { daysBetween } from '../episodes';
import type { Plan } from '../plan';
import type { NewPlanChange, PreviousReview } from '../plan';
import type { ExerciseSet, Session } from '../plan';
import { reviewWeek } from './weekly-review';
import type { WeekReview, WeekReviewInput } from './weekly-review';

/**
 * The weeks to review now, oldest first: `nextWeekOf` (the week after the last one reviewed, or
 * the plan's first week) and every week after it that is over by `today` (a week is over on
 * weekOf + 7). Review them in this order: each review needs the plan the one before returned.
 */
export function reviewsDue(nextWeekOf: string, today: string): string[] {
  const weeks = Math.max(0, Math.floor(daysBetween(nextWeekOf, today) / 7));
  return Array.from({ length: weeks }, (_, i) => shiftDay(nextWeekOf, 7 * i));
}

/**
 * Whether the review should ask this morning's next-morning question first: the last week due
 * ended yesterday, yesterday had a session, and today has no answer yet. The review reads the
 * answer as how the week's last session sat; it never waits for it (an answer given after the
 * review still reaches the next one), so this only puts the question before the button.
 */
export function askMorningFirst(
  due: readonly string[],
  today: string,
  sessionYesterday: boolean,
  answeredToday: boolean,
): boolean {
  const last = due.at(-1);
  return last !== undefined && shiftDay(last, 7) === today && sessionYesterday && !answeredToday;
}

export type ReplayInput = Omit<WeekReviewInput, 'weekOf' | 'previous' | 'history'> & {
  firstWeekOf: string;
  weeks: number;
  previous?: PreviousReview | undefined;
  /** Earlier reviews, newest first (stalls and breaks read up to 8); defaults to `previous`. */
  history?: readonly PreviousReview[] | undefined;
};

/** Reviews kept for the next one: stalls look 8 weeks back (docs/domain.md §5b rule 4). */
export const HISTORY_KEPT = 10;

type Buckets = {
  sessions: Session[];
  sets: ExerciseSet[];
  checkins: Checkin[];
  episodes: Episode[];
};

/** A replay's outcome: the plan to save, one history entry per week, and the last full review. */
export type Replay = { plan: Plan; changes: NewPlanChange[]; last: WeekReview | undefined };

/**
 * Reviews `weeks` weeks in sequence from `firstWeekOf`, each on the plan the one before returned
 * (catching up after days away, or rebuilding the history). Records are put into weeks in one
 * pass first, and only the history entries are kept, so ten years replay in milliseconds.
 * Invariant: the same plan and entries as calling reviewWeek week by week with all the records.
 */
export function replayReviews(input: ReplayInput): Replay {
  const { firstWeekOf, weeks, dayOf } = input;
  const buckets: Buckets[] = Array.from({ length: weeks }, () => ({
    sessions: [],
    sets: [],
    checkins: [],
    episodes: [],
  }));
  const first = dayNumber(firstWeekOf);
  const at = (day: string, shift = 0) => buckets[Math.floor((dayNumber(day) + shift - first) / 7)];
  const sessionWeek = new Map<string, Buckets>();
  for (const session of input.sessions) {
    const bucket = at(session.day);
    bucket?.sessions.push(session);
    if (bucket) sessionWeek.set(session.id, bucket);
  }
  for (const set of input.sets) sessionWeek.get(set.sessionId)?.sets.push(set);
  // A next-morning answer belongs to the week of the session the day before and, on a week's
  // first day, to that week as well (see summarizeWeekWithSets).
  for (const checkin of input.checkins) {
    const offset = dayNumber(checkin.day) - first;
    buckets[Math.floor((offset - 1) / 7)]?.checkins.push(checkin);
    if (offset % 7 === 0) buckets[offset / 7]?.checkins.push(checkin);
    // An earlier week's morning, entered after its review: the first week reads it (lateSince).
    if (offset < 0 && input.lateSince !== undefined) buckets[0]?.checkins.push(checkin);
  }
  for (const episode of input.episodes) at(dayOf(episode.startedAt))?.episodes.push(episode);
  const changes: NewPlanChange[] = [];
  let plan: Plan = input.plan;
  let previous = input.previous;
  const history: PreviousReview[] = [
    ...(input.history ?? (input.previous ? [input.previous] : [])),
  ];
  let last: WeekReview | undefined;
  buckets.forEach((records, i) => {
    const weekOf = shiftDay(firstWeekOf, 7 * i);
    last = reviewWeek({
      ...records,
      plan,
      weekOf,
      dayOf,
      previous,
      flareTurnedOnDay: input.flareTurnedOnDay,
      history: history.slice(0, HISTORY_KEPT),
      ...(i === 0 && { lateSince: input.lateSince }),
    });
    changes.push(last.change);
    plan = last.plan;
    previous = last.change;
    history.unshift(last.change);
    history.length = Math.min(history.length, HISTORY_KEPT);
  });
  return { plan, changes, last };
}
