import { dayNumber } from '../common';
import { withoutFlareSince } from './flare';
import { phaseAfter, phaseMessage, steadyStreak } from '../plan';
import type { Plan, PlanExercise } from '../plan';
import type { NewPlanChange, PreviousReview } from '../plan';
import { decideExercise, enoughOf } from './review-decision';
import type { DecisionContext } from './decision-context';
import { BREAK_WEEKS } from './break-return';
import { fewerDaysSuggestion, headlineFor } from './review-headline';
import { suggestFewerDays, weeksWithoutSession } from './stalls';
import type { ExerciseDecision, WeekStatus } from '../plan';
import { summarizeWeekWithSets } from './week-summary';
import type { WeekRecords, WeekSummary } from './week-summary';

export type WeekReviewInput = WeekRecords & {
  /** Last week's weekly-review plan change (the streak and the two-weeks-at-the-top rule). */
  previous?: PreviousReview | undefined;
  /**
   * The local day flare mode was last turned on by hand (its flare-on entry was saved), if ever.
   * "Flaring since" can be dated back, but the person was flaring the day they said so: a calm
   * week lies wholly after this day too.
   */
  flareTurnedOnDay?: string | undefined;
  /**
   * Earlier weekly reviews, newest first (at least the last 8 for stalls and breaks, §5b rules 2
   * and 4). Defaults to `previous` alone.
   */
  history?: readonly PreviousReview[] | undefined;
};

export type WeekReview = {
  weekOf: string;
  status: WeekStatus;
  /** Steady weeks in a row ending with this one. */
  goodWeeksInARow: number;
  /** One per plan exercise, in plan order. */
  decisions: ExerciseDecision[];
  /** The plan to save: new prescriptions, phase and flare mode; record meta unchanged. */
  plan: Plan;
  headline: string;
  phaseMessage: string;
  /** The history entry to save (the data layer adds id and timestamps). */
  change: NewPlanChange;
  summary: WeekSummary;
};

/**
 * In flare mode, the day the flare began as far as the review knows: the later of flareSince
 * and the day flare mode was turned on by hand. Undefined outside flare mode.
 */
function flareBeganOn(plan: Plan, turnedOnDay: string | undefined): string | undefined {
  if (!plan.flareMode) return undefined;
  const since = plan.flareSince;
  if (since === undefined || turnedOnDay === undefined) return since ?? turnedOnDay;
  return since > turnedOnDay ? since : turnedOnDay;
}

/** Rule 3 (docs/domain.md §5b): no session and fewer than 3 check-ins tells nothing, and is never calm. */
export const EMPTY_WEEK_CHECKINS = 3;

function weekStatus(plan: Plan, summary: WeekSummary, flareBegan: string | undefined): WeekStatus {
  if (summary.flareStart !== undefined) return 'flare';
  const empty =
    summary.sessionDays.length === 0 && summary.checkinDays.length < EMPTY_WEEK_CHECKINS;
  if (empty) return 'empty';
  if (plan.flareMode) {
    // A calm week is a whole week after the flare began (docs/domain.md §5: flare mode restarts
    // "when a calm week has passed"): the week it began in, or any before it, never is.
    const calm = flareBegan === undefined || flareBegan < summary.weekOf;
    return calm ? 'calm' : 'flare-mode';
  }
  if (!enoughOf(summary.sessionDays.length, summary.planned)) return 'inconsistent';
  // A hard set on an exercise in its own baseline week (a new rung or load from setup) is what
  // that week is there to find (findBaseline eases it): it never holds the other exercises.
  const counts = (e: PlanExercise) => plan.findingBaseline === true || e.findingBaseline !== true;
  // One hard last set with the target met still counts as a steady week (docs/domain.md §5b rule 7).
  const hard = plan.exercises.some((e) => {
    const week = summary.exercises[e.exerciseId];
    return counts(e) && (week?.hardDays ?? []).some((d) => !week?.lastSetHardDays.includes(d));
  });
  return hard ? 'too-hard' : 'good';
}

/**
 * The prescription to store after the review: an exercise's own baseline week (findingBaseline)
 * ends once a week outside a flare saw it tried; untried, or in a flare, it goes on.
 */
function afterReview(d: ExerciseDecision, flaring: boolean): PlanExercise {
  const untried = d.reason === 'baseline-untried' || d.reason === 'empty-week';
  if (d.after.findingBaseline !== true || flaring || untried) {
    return d.after;
  }
  const settled = { ...d.after };
  delete settled.findingBaseline;
  return settled;
}

/**
 * Per exercise, the weekly volume load done tolerably in the last 4 weeks, newest first: this
 * week's (0 in a flare week, or with a set over 5/10), then last week's list. docs/domain.md §5b
 * rule 5: the 10 % cap is on the most of these, not on the plan. A gap or a new rung starts afresh.
 */
function workDoneOf(
  plan: Plan,
  summary: WeekSummary,
  status: WeekStatus,
  lastWeek: PreviousReview | undefined,
): Map<string, number[]> {
  const flaring = status === 'flare' || status === 'flare-mode';
  const lists = new Map<string, number[]>();
  for (const e of plan.exercises) {
    const week = summary.exercises[e.exerciseId];
    const tolerable = !flaring && week !== undefined && week.painDays.length === 0;
    const done = tolerable ? week.volumeDone : 0;
    const before = lastWeek?.exercises.find(
      (x) => (x.exerciseIdAfter ?? x.exerciseId) === e.exerciseId && x.workDone !== undefined,
    );
    lists.set(e.exerciseId, [done, ...(before?.workDone ?? [])].slice(0, 4));
  }
  return lists;
}

/**
 * The weekly review (docs/domain.md §5): one decision per plan exercise from the week's sets,
 * next-morning answers and spasms, plus the new plan, a phase message and a history entry.
 * - Flare (a spasm, pain during above 5/10, or a worse next morning; Silbernagel 2007): step back
 *   about 25 % or one rung and turn flare mode on from the first signal's day. A worse answer on
 *   the week's first morning (about the week before's last session) counts too, so an answer
 *   given after that week's review still reaches one. Missed sessions in a flare week or in flare
 *   mode never count against consistency (status is never 'inconsistent').
 * - Flare mode (on by hand or by a review): no steps up; a new flare signal steps back again
 *   (signalsSteppingBack); a calm week (no signal) lying wholly after the day the flare began,
 *   and after the day flare mode was turned on by hand, turns it off and restarts from the light
 *   prescription it holds (see startFlareMode).
 * - Fewer than 2/3 of sessions, any set rated hard, or the prescription not reached: hold.
 * - The baseline week (plan.findingBaseline, from setup): each exercise's prescription becomes
 *   what the week showed stays tolerable (findBaseline); it ends once every exercise was tried
 *   outside a flare, and counts as one steady week at most.
 * - An exercise's own baseline week (its findingBaseline: a new rung or load chosen in setup):
 *   the same for that exercise alone, ending once it was tried outside a flare; its hard sets
 *   hold neither the week nor the other exercises, which are reviewed as usual.
 * - Steps 1-2 (the baseline) hold until two steady weeks in a row move the plan to step 3.
 * - Step 3: one progression step each (progressionStep), weekly volume up by at most 10 %.
 * Invariants: deterministic; independent of record order; never 'progress' in a flare week; the
 * returned plan passes planSchema. Run it for a week once the week is over, on or after
 * weekOf + 7, ideally after that morning's check-in (it tells how the last session sat; given
 * later, the next week's review reads it).
 */
export function reviewWeek(input: WeekReviewInput): WeekReview {
  const { plan, weekOf, previous } = input;
  const { summary, days } = summarizeWeekWithSets(input);
  const flareBegan = flareBeganOn(plan, input.flareTurnedOnDay);
  const status = weekStatus(plan, summary, flareBegan);
  const lastWeek =
    previous?.weekOf !== undefined && dayNumber(weekOf) - dayNumber(previous.weekOf) === 7
      ? previous
      : undefined;
  const findingBaseline = plan.findingBaseline === true;
  const history = input.history ?? (previous ? [previous] : []);
  // A plan whose baseline was never set (setup, never started) has nothing to ease back from.
  const neverStarted = findingBaseline && plan.beforeBreak === undefined;
  const weeksAway = neverStarted
    ? 0
    : weeksWithoutSession(weekOf, summary.sessionDays.length, history);
  // A baseline week counts as the first steady week at most: the baseline it sets is untested,
  // so one more steady week at it comes before the plan builds.
  const streak = Math.min(steadyStreak(status, lastWeek), findingBaseline ? 1 : Infinity);
  const workDone = workDoneOf(plan, summary, status, lastWeek);
  const ctx: DecisionContext = {
    summary,
    days,
    status,
    flareAtStart: plan.flareMode,
    flareSince: plan.flareSince,
    flareBegan,
    phaseAfter: phaseAfter(plan.phase, streak),
    findingBaseline,
    goodWeeksInARow: streak,
    equipment: plan.equipment,
    topLastWeek: (id) => lastWeek?.exercises.some((e) => e.exerciseId === id && e.atTop) ?? false,
    weekOf,
    history,
    beforeBreak: plan.beforeBreak,
    weeksAway,
    owned: plan.owned,
    mostDoneWeekly: (id) => Math.max(0, ...(workDone.get(id) ?? [])),
  };
  const decisions = plan.exercises.map((exercise) => decideExercise(exercise, ctx));
  // The baseline is set once a week outside a flare has seen every exercise tried.
  const stillFinding =
    findingBaseline &&
    (status === 'flare' ||
      status === 'empty' ||
      plan.flareMode ||
      decisions.some((d) => d.reason === 'baseline-untried'));
  // A break of two weeks or more (docs/domain.md §5b rule 2): the first week back is a baseline week, capped at
  // the prescriptions before the break (kept until it is set); 8 weeks or more go back to step 2.
  const onBreak = weeksAway >= BREAK_WEEKS;
  const baselineNext = stillFinding || onBreak;
  const phase =
    weeksAway >= 8
      ? (Math.min(plan.phase, 2) as 1 | 2)
      : stillFinding
        ? plan.phase
        : ctx.phaseAfter;
  const beforeBreak = onBreak
    ? (plan.beforeBreak ?? plan.exercises)
    : baselineNext
      ? plan.beforeBreak
      : undefined;
  const flareMode = status === 'flare' || (plan.flareMode && status !== 'calm');
  const flareSince = plan.flareMode ? plan.flareSince : summary.flareStart;
  // Stored plans keep flareSince only while flare mode is on (planSchema needs it then).
  const next: Plan = {
    ...withoutFlareSince(plan),
    phase,
    exercises: decisions.map((d) => afterReview(d, status === 'flare' || plan.flareMode)),
    flareMode,
    ...(flareMode && flareSince !== undefined && { flareSince }),
    findingBaseline: baselineNext ? true : undefined,
    beforeBreak,
  };
  const fewer = suggestFewerDays(weekOf, status === 'inconsistent', plan.daysPerWeek, history);
  const headline =
    headlineFor(status, ctx, decisions) + (fewer ? fewerDaysSuggestion(plan.daysPerWeek) : '');
  const message = phaseMessage(phase, flareMode, streak, baselineNext);
  const change: NewPlanChange = {
    kind: 'weekly-review',
    day: summary.dayAfter,
    weekOf,
    status,
    sessionsDone: Math.min(summary.sessionDays.length, 7),
    sessionsPlanned: summary.planned,
    goodWeeksInARow: streak,
    phaseBefore: plan.phase,
    phaseAfter: phase,
    flareModeBefore: plan.flareMode,
    flareModeAfter: flareMode,
    headline,
    phaseMessage: message,
    exercises: decisions.map((d) => ({
      exerciseId: d.exerciseId,
      exerciseIdAfter: d.after.exerciseId,
      action: d.action,
      reason: d.reason,
      atTop: d.atTop,
      before: d.beforeText,
      after: d.afterText,
      sentence: d.sentence,
      ...(d.after.exerciseId === d.exerciseId && { workDone: workDone.get(d.exerciseId) ?? [] }),
    })),
  };
  return {
    weekOf,
    status,
    goodWeeksInARow: streak,
    decisions,
    plan: next,
    headline,
    phaseMessage: message,
    change,
    summary,
  };
}
