import type {
  DecisionCore,
  ExerciseDecision,
  PlanExercise,
  ReasonCode,
  ReviewAction,
} from '../plan';
import {
  comparableVolumes,
  describePrescription,
  factsFor,
  progressionStep,
  sessionVolume,
  stepBack,
  targetRepsOf,
} from '../progression';
import { findLevel } from '../exercises';
import { findBaseline } from './baseline';
import type { DecisionContext, SentenceFacts } from './decision-context';
import { steppingSignal } from './flare-signals';
import { restartAfterBreak } from './break-return';
import { easeAbout10, heavier } from './ease';
import { sentenceFor } from './review-sentences';
import { stallOf } from './stalls';
import type { ExerciseWeek } from './week-summary';

/** Design choice (docs/domain.md §5): fewer than two thirds of planned sessions holds. */
export const enoughOf = (done: number, planned: number) =>
  Math.min(done, planned) * 3 >= planned * 2;

type Draft = Omit<
  ExerciseDecision,
  'sentence' | 'volumeChange' | 'atTop' | 'beforeText' | 'afterText'
> & {
  how?: SentenceFacts['how'];
  step?: SentenceFacts['step'];
  eased?: SentenceFacts['eased'];
};

function isAtTop(exercise: PlanExercise): boolean {
  const facts = factsFor(exercise);
  if (facts.unit === 'seconds') return (exercise.holdSeconds ?? 0) >= facts.holdMax;
  return targetRepsOf(exercise).every((r) => r >= exercise.repsMax);
}

function flareDraft(
  exercise: PlanExercise,
  week: ExerciseWeek,
  ctx: DecisionContext,
): Draft | undefined {
  const { status, flareAtStart } = ctx;
  const hold = (reason: ReasonCode): Draft => ({
    exerciseId: exercise.exerciseId,
    action: 'hold',
    reason,
    before: exercise,
    after: exercise,
  });
  const back = (reason: ReasonCode): Draft => {
    const { after, how } = stepBack(exercise, ctx.equipment, ctx.owned);
    const action: ReviewAction = how === 'none' ? 'hold' : 'step-back';
    return { exerciseId: exercise.exerciseId, action, reason, before: exercise, after, how };
  };
  if (!flareAtStart && status !== 'flare') return undefined;
  // The same three signals step back in a flare week and in flare mode (docs/domain.md §5),
  // in flare mode only when new (steppingSignal says which are).
  const signal = steppingSignal(ctx, week, exercise.exerciseId);
  if (signal !== undefined) return back(signal);
  return hold(status === 'calm' ? 'calm-week-restart' : 'flare-mode');
}

const baselineReasons = {
  untried: 'baseline-untried',
  kept: 'baseline-kept',
  raised: 'baseline-raised',
  lowered: 'baseline-lowered',
  'too-hard': 'baseline-too-hard',
} as const satisfies Record<string, ReasonCode>;

/** The baseline week's decision: what the week showed stays tolerable (see findBaseline). */
function baselineDraft(exercise: PlanExercise, ctx: DecisionContext): Draft {
  const found = findBaseline(exercise, ctx.days, ctx.summary.planned, ctx.equipment, ctx.owned);
  const how = 'how' in found ? found.how : undefined;
  const action: ReviewAction =
    found.kind === 'raised'
      ? 'progress'
      : (found.kind === 'lowered' || found.kind === 'too-hard') && how !== 'none'
        ? 'step-back'
        : 'hold';
  // The first week back after a break never plans above the prescription before it (docs/domain.md §5b rule 2).
  const old = ctx.beforeBreak?.find((e) => e.exerciseId === exercise.exerciseId);
  const after = old !== undefined && heavier(found.after, old) ? old : found.after;
  return {
    exerciseId: exercise.exerciseId,
    action,
    reason: baselineReasons[found.kind],
    before: exercise,
    after: action === 'hold' ? exercise : after,
    ...(how !== undefined && { how }),
  };
}

/**
 * True while `exercise` is in a baseline week: the whole plan's (from setup), or its own (a new
 * rung or load chosen in setup: only it is judged as a baseline week, the others as usual).
 */
export const inBaselineWeek = (exercise: PlanExercise, ctx: DecisionContext) =>
  ctx.findingBaseline || exercise.findingBaseline === true;

function weekDraft(exercise: PlanExercise, week: ExerciseWeek, ctx: DecisionContext): Draft {
  if (inBaselineWeek(exercise, ctx)) return baselineDraft(exercise, ctx);
  const planned = ctx.summary.planned;
  const hold = (reason: ReasonCode): Draft => ({
    exerciseId: exercise.exerciseId,
    action: 'hold',
    reason,
    before: exercise,
    after: exercise,
  });
  if (!enoughOf(week.sessionDays.length, planned)) return hold('inconsistent');
  // Effort acts on this exercise alone (docs/domain.md §5b rule 7); a hard last set with the target met is named.
  if (week.hardDays.length > 0) {
    const lastOnly = week.hardDays.every((day) => week.lastSetHardDays.includes(day));
    return stalled(exercise, lastOnly ? 'last-set-hard' : 'too-hard', ctx);
  }
  if (!enoughOf(week.metDays.length, planned)) return stalled(exercise, 'below-target', ctx);
  if (ctx.phaseAfter < 3) return hold('baseline');
  const step = progressionStep(exercise, ctx.equipment, ctx.topLastWeek(exercise.exerciseId), {
    owned: ctx.owned,
    mostDoneWeekly: ctx.mostDoneWeekly?.(exercise.exerciseId),
    sessionsPerWeek: ctx.summary.planned,
  });
  if (step.reason === 'step-too-big') return { ...stalled(exercise, step.reason, ctx), step };
  return {
    exerciseId: exercise.exerciseId,
    action: step.action,
    reason: step.reason,
    before: exercise,
    after: step.after,
    step,
  };
}

/**
 * A hold for capacity, or the ease of a stall (docs/domain.md §5b rule 4): the third such hold in a row on this
 * rung eases it about 10 %; a second ease within 8 weeks also offers a variant or a rung down.
 */
function stalled(exercise: PlanExercise, reason: ReasonCode, ctx: DecisionContext): Draft {
  const hold: Draft = {
    exerciseId: exercise.exerciseId,
    action: 'hold',
    reason,
    before: exercise,
    after: exercise,
  };
  const stall = stallOf(exercise.exerciseId, reason, ctx.weekOf, ctx.history);
  if (stall === undefined) return hold;
  const { after, how } = easeAbout10(exercise);
  if (how === 'none') return hold;
  return {
    ...hold,
    action: 'step-back',
    reason: stall === 'ease' ? 'stall-ease' : 'stall-ease-again',
    after,
    eased: how,
  };
}

const breakReasons = { 2: 'break-ease', 4: 'break-step-back', 8: 'break-rung-down' } as const;

/**
 * The restart after two or more whole weeks without a session (docs/domain.md §5b rule 2), from the
 * prescription before the break, and never heavier than what the week itself decided.
 */
function breakDraft(exercise: PlanExercise, draft: Draft, ctx: DecisionContext): Draft {
  // The same exercise before the break, or the one on its track (an earlier week away may have
  // moved it a rung down).
  const track = (e: PlanExercise) => findLevel(e.exerciseId)?.track;
  const base =
    ctx.beforeBreak?.find((e) => e.exerciseId === exercise.exerciseId) ??
    ctx.beforeBreak?.find((e) => track(e) !== undefined && track(e) === track(exercise)) ??
    exercise;
  const restart = restartAfterBreak(base, ctx.weeksAway, ctx.equipment, ctx.owned);
  if (restart.how === 'none' || !heavier(draft.after, restart.after)) return draft;
  const band = ctx.weeksAway >= 8 ? 8 : ctx.weeksAway >= 4 ? 4 : 2;
  return {
    exerciseId: exercise.exerciseId,
    action: 'step-back',
    reason: breakReasons[band],
    before: exercise,
    after: restart.after,
    eased: restart.how,
  };
}

/**
 * One exercise's weekly decision, in this order (docs/domain.md §5): a flare steps back (a spasm
 * steps every exercise back; pain during above 5/10 or a worse morning steps back the exercises
 * involved; the rest pause); in flare mode, a new signal steps back the same way, and progress
 * pauses until a full calm week after the flare began restarts it;
 * in the plan's baseline week, or the exercise's own (a new rung or load from setup), what the
 * week showed stays tolerable becomes the prescription (findBaseline); then fewer than 2/3 of sessions, any set rated hard, or prescriptions not
 * reached hold; step 2 (the baseline) holds; otherwise one progression step. Never 'progress' in
 * a flare week.
 */
export function decideExercise(exercise: PlanExercise, ctx: DecisionContext): ExerciseDecision {
  const week = ctx.summary.exercises[exercise.exerciseId] ?? {
    sessionDays: [],
    metDays: [],
    hardDays: [],
    lastSetHardDays: [],
    painDays: [],
    volumeDone: 0,
  };
  const weekly: Draft =
    ctx.status === 'empty'
      ? {
          exerciseId: exercise.exerciseId,
          action: 'hold',
          reason: 'empty-week',
          before: exercise,
          after: exercise,
        }
      : (flareDraft(exercise, week, ctx) ?? weekDraft(exercise, week, ctx));
  const draft = ctx.weeksAway >= 2 ? breakDraft(exercise, weekly, ctx) : weekly;
  // The baseline week sets the prescription rather than testing it: nothing is "at the top" yet.
  const steady =
    !inBaselineWeek(exercise, ctx) &&
    ctx.status !== 'flare' &&
    !ctx.flareAtStart &&
    enoughOf(week.sessionDays.length, ctx.summary.planned) &&
    week.hardDays.length === 0 &&
    enoughOf(week.metDays.length, ctx.summary.planned);
  const volumeChange = comparableVolumes(draft.before, draft.after)
    ? sessionVolume(draft.after) / sessionVolume(draft.before) - 1
    : null;
  // Built field by field (no rest or spread): the replay of ten years makes 2,000 of these.
  const core: DecisionCore = {
    exerciseId: draft.exerciseId,
    action: draft.action,
    reason: draft.reason,
    before: draft.before,
    after: draft.after,
    beforeText: describePrescription(draft.before),
    afterText: draft.after === draft.before ? '' : describePrescription(draft.after),
    volumeChange,
  };
  if (core.afterText === '') core.afterText = core.beforeText;
  const sentence = sentenceFor(core, {
    ctx,
    week,
    how: draft.how,
    step: draft.step,
    eased: draft.eased,
  });
  return {
    exerciseId: core.exerciseId,
    action: core.action,
    reason: core.reason,
    before: core.before,
    after: core.after,
    beforeText: core.beforeText,
    afterText: core.afterText,
    volumeChange,
    atTop: steady && isAtTop(exercise),
    sentence,
  };
}
