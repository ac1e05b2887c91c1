import type { Checkin } from '../../../src/domain/episodes/checkin';
import type { Episode } from '../../../src/domain/episodes/episode';
import { addDays, daysBetween } from '../../../src/domain/episodes/episode-history';
import type { Plan, PlanExercise } from '../../../src/domain/plan/plan';
import { setLoadsOf, targetRepsOf } from '../../../src/domain/progression/prescription';
import type { Effort, ExerciseSet, Session } from '../../../src/domain/plan/session';
import { buildEpisode, buildPlan } from './test-builders';
import { reviewWeek } from '../../../src/domain/review/weekly-review';
import type { WeekReview, WeekReviewInput } from '../../../src/domain/review/weekly-review';

/** Monday 5 January 2026: the first week of the scenario tests. */
export const FIRST_WEEK = '2026-01-05';

/** Tests run in UTC terms: the local day is the instant's date. */
export const utcDayOf = (instant: string) => instant.slice(0, 10);

const meta = (id: string, day: string) => ({
  id,
  createdAt: `${day}T18:00:00.000Z`,
  updatedAt: `${day}T18:00:00.000Z`,
});

/** How one simulated week went; everything defaults to a steady week done as prescribed. */
export type WeekScript = {
  /** Sessions done (default: the plan's days per week). */
  sessions?: number;
  /** Reps done in every set (default: each set's target). */
  reps?: number;
  /** With reps: only this exercise's sets are done at that many (default: every one). */
  repsFor?: string;
  effort?: Effort;
  /** Pain during every set (default 2/10). */
  pain?: number;
  /** Day offsets (0 = first day of the week) with a set rated hard / painful / a spasm. */
  hardOn?: number;
  /** With hardOn: only this exercise's first set that day is rated hard (default: every one). */
  hardFor?: string;
  painOn?: { offset: number; pain: number; exerciseId?: string };
  spasmOn?: number;
  /** The morning after the session on this day offset was worse than usual. */
  worseAfter?: number;
};

/** The week's session days: the plan's training weekdays, else spread from the first day. */
export function sessionDays(plan: Plan, weekOf: string, count = plan.daysPerWeek): string[] {
  const first = new Date(`${weekOf}T00:00:00Z`).getUTCDay();
  const offsets = plan.trainingDays
    ? plan.trainingDays.map((d) => (d - first + 7) % 7).sort((a, b) => a - b)
    : [0, 2, 4, 6].slice(0, plan.daysPerWeek);
  return offsets.slice(0, count).map((offset) => addDays(weekOf, offset));
}

function setsFor(exercise: PlanExercise, session: Session, script: WeekScript, offset: number) {
  return targetRepsOf(exercise).map((target, i): ExerciseSet => ({
    ...meta(`set-${session.day}-${exercise.exerciseId}-${String(i + 1)}`, session.day),
    sessionId: session.id,
    exerciseId: exercise.exerciseId,
    setNumber: i + 1,
    reps:
      (script.repsFor ?? exercise.exerciseId) === exercise.exerciseId
        ? (script.reps ?? target)
        : target,
    ...(exercise.loadKg === undefined
      ? {}
      : { loadKg: setLoadsOf(exercise)[i] ?? exercise.loadKg }),
    ...(exercise.holdSeconds === undefined ? {} : { holdSeconds: exercise.holdSeconds }),
    effort:
      script.hardOn === offset &&
      i === 0 &&
      (script.hardFor ?? exercise.exerciseId) === exercise.exerciseId
        ? 'hard'
        : (script.effort ?? 'moderate'),
    painDuring:
      script.painOn?.offset === offset &&
      (script.painOn.exerciseId ?? exercise.exerciseId) === exercise.exerciseId
        ? script.painOn.pain
        : (script.pain ?? 2),
  }));
}

/** A week of records for `plan` following `script`: sessions, sets, next-morning check-ins, spasms. */
export function trainingWeek(plan: Plan, weekOf: string, script: WeekScript = {}) {
  const days = sessionDays(plan, weekOf, script.sessions);
  const sessions: Session[] = days.map((day) => ({ ...meta(`session-${day}`, day), day }));
  const sets = sessions.flatMap((session) => {
    const offset = daysBetween(weekOf, session.day);
    return plan.exercises.flatMap((e) => setsFor(e, session, script, offset));
  });
  const checkins: Checkin[] = days.map((day) => {
    const morning = addDays(day, 1);
    const worse = script.worseAfter !== undefined && addDays(weekOf, script.worseAfter) === day;
    return {
      ...meta(`checkin-${morning}`, morning),
      day: morning,
      backPain: 2,
      activityIds: [],
      morningAfterSession: worse ? 'worse' : 'same',
    };
  });
  const episodes: Episode[] =
    script.spasmOn === undefined
      ? []
      : [buildEpisode({ startedAt: `${addDays(weekOf, script.spasmOn)}T08:30:00.000Z` })];
  return { sessions, sets, checkins, episodes };
}

/** The review input for one scripted week. */
export function weekInput(
  plan: Plan,
  weekOf: string,
  script: WeekScript = {},
  previous?: WeekReview,
): WeekReviewInput {
  return {
    plan,
    weekOf,
    ...trainingWeek(plan, weekOf, script),
    dayOf: utcDayOf,
    ...(previous && { previous: previous.change }),
  };
}

/** Plays `scripts` week by week from FIRST_WEEK, feeding each review's plan to the next week. */
export function playWeeks(start: Plan, scripts: readonly WeekScript[]): WeekReview[] {
  const reviews: WeekReview[] = [];
  let plan = start;
  scripts.forEach((script, i) => {
    const review = reviewWeek(weekInput(plan, addDays(FIRST_WEEK, 7 * i), script, reviews.at(-1)));
    reviews.push(review);
    plan = review.plan;
  });
  return reviews;
}

/** A phase 3 plan with one exercise, three days a week (Mon, Wed, Fri), with overrides. */
export function buildOneExercisePlan(exercise: PlanExercise, overrides: Partial<Plan> = {}) {
  return buildPlan({ phase: 3, exercises: [exercise], ...overrides });
}
