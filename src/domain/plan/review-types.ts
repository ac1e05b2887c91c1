import type { PlanExercise } from './plan';

export const reviewActions = ['progress', 'hold', 'step-back'] as const;
export type ReviewAction = (typeof reviewActions)[number];

/**
 * Why an exercise moved or stayed. Flare codes follow Silbernagel 2007's pain-monitoring model;
 * the week rules (2/3 of sessions, any hard set, two weeks at the top, two steady weeks to move to
 * step 3, the 10 % a week) are our design choices (docs/domain.md §5), and sentences say so.
 */
export const reasonCodes = [
  'flare-spasm',
  'flare-pain',
  'flare-morning-worse',
  'flare-mode',
  'calm-week-restart',
  'inconsistent',
  'too-hard',
  'below-target',
  'baseline',
  'baseline-untried',
  'baseline-kept',
  'baseline-raised',
  'baseline-lowered',
  'baseline-too-hard',
  'top-of-range',
  'maintain',
  'step-too-big',
  'progress-reps',
  'progress-load',
  'progress-sets',
  'progress-level',
  'progress-hold-seconds',
  // docs/domain.md §5b: appended, as stored history holds these names.
  'empty-week',
  'last-set-hard',
  'stall-ease',
  'stall-ease-again',
  'break-ease',
  'break-step-back',
  'break-rung-down',
  // docs/domain.md §5b rules 5-6: a big load step taken a set at a time, and progress at the
  // heaviest weight owned (append only: stored history holds these names).
  'progress-step-in',
  'ceiling-reps',
  'ceiling-sets',
  'ceiling-lowering',
  'ceiling-pause',
  'ceiling-variant',
  'at-ceiling',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/**
 * The week as a whole: 'good' is consistent and tolerable (counts toward step 3); 'flare' had a
 * spasm, pain during above 5/10 or a worse morning; 'flare-mode' is a paused week; 'calm' ended
 * flare mode; 'inconsistent' and 'too-hard' held; 'empty' had nothing logged and tells nothing.
 */
export const weekStatuses = [
  'good',
  'inconsistent',
  'too-hard',
  'flare',
  'flare-mode',
  'calm',
  // docs/domain.md §5b rule 3: nothing logged (no session, fewer than 3 check-ins).
  'empty',
] as const;
export type WeekStatus = (typeof weekStatuses)[number];

/** One exercise's weekly decision, with the plain sentence the person sees. */
export type ExerciseDecision = {
  /** The exercise reviewed: the id the week's sets were logged against. */
  exerciseId: string;
  action: ReviewAction;
  reason: ReasonCode;
  before: PlanExercise;
  /** The new prescription; a rung change has a new exerciseId and level. */
  after: PlanExercise;
  /** `before` and `after` as the person reads them, in their units: "3 × 10 at 6 kg". */
  beforeText: string;
  afterText: string;
  /** Weekly volume change as a fraction (0.08 is 8 % more); null across kinds of rung. */
  volumeChange: number | null;
  /** Met the top of its range in a consistent, tolerable week (the two-week rule reads this). */
  atTop: boolean;
  /** "Held at 3 × 12: one of three sessions done this week. …" */
  sentence: string;
};

/** A decision before its sentence and two-week flag: what the sentence is written from. */
export type DecisionCore = Omit<ExerciseDecision, 'sentence' | 'atTop'>;
