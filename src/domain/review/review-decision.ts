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
import { findBaseline } from './baseline';
import type { DecisionContext, SentenceFacts } from './decision-context';
import { steppingSignal } from './flare-signals';
import { sentenceFor } from './review-sentences';
import type { ExerciseWeek } from './week-summary';

/** Design choice (DOMAIN.md section 5): fewer than two thirds of planned sessions holds. */
export const enoughOf = (done: number, planned: number) =>
  Math.min(done, planned) * 3 >= planned * 2;

type Draft = Omit<
  ExerciseDecision,
  'sentence' | 'volumeChange' | 'atTop' | 'beforeText' | 'afterText'
> & {
  how?: SentenceFacts['how'];
  step?: SentenceFacts['step'];
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
  // The same three signals step back in a flare week and in flare mode (DOMAIN.md section 5),
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
  return {
    exerciseId: exercise.exerciseId,
    action,
    reason: baselineReasons[found.kind],
    before: exercise,
    after: action === 'hold' ? exercise : found.after,
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
  if (week.hardDays.length > 0) return hold('too-hard');
  if (!enoughOf(week.metDays.length, planned)) return hold('below-target');
  if (ctx.phaseAfter < 3) return hold('baseline');
  const step = progressionStep(exercise, ctx.equipment, ctx.topLastWeek(exercise.exerciseId), {
    owned: ctx.owned,
    mostDoneWeekly: ctx.mostDoneWeekly?.(exercise.exerciseId),
    sessionsPerWeek: ctx.summary.planned,
  });
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
 * One exercise's weekly decision, in this order (DOMAIN.md section 5): a flare steps back (a spasm
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
    painDays: [],
    volumeDone: 0,
  };
  const draft = flareDraft(exercise, week, ctx) ?? weekDraft(exercise, week, ctx);
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
  const sentence = sentenceFor(core, { ctx, week, how: draft.how, step: draft.step });
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
