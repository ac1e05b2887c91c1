import type { DecisionContext } from './decision-context';
import type { ExerciseWeek, WorseMorning } from './week-summary';

/** The flare signals of the week that step one exercise back. */
export type SteppingSignals = {
  spasmDays: string[];
  painDays: ExerciseWeek['painDays'];
  worseMornings: WorseMorning[];
};

/** True when a worse morning concerns `exerciseId`: it followed a session with it, or no session. */
export const concerns = (morning: WorseMorning, exerciseId: string) =>
  morning.exerciseIds.length === 0 || morning.exerciseIds.includes(exerciseId);

type SignalContext = Pick<DecisionContext, 'summary' | 'flareAtStart' | 'flareBegan'>;

/** Outside flare mode every signal is new; in it, only one after the day it began. */
const isNew = (ctx: SignalContext, day: string) =>
  !ctx.flareAtStart || ctx.flareBegan === undefined || day > ctx.flareBegan;

/** A worse morning steps back what it concerns when new; in flare mode, never the first one. */
const morningSteps = (ctx: SignalContext, w: WorseMorning, exerciseId: string) =>
  concerns(w, exerciseId) && isNew(ctx, w.day) && !(ctx.flareAtStart && w.aboutWeekBefore);

/**
 * The week's flare signals that step `exerciseId` back (docs/domain.md §5: a flare steps back
 * and pauses): any spasm, pain during this exercise above 5/10, a worse morning after a session
 * with it. In flare mode each kind steps back again the same way, so light work that still
 * flares gets lighter, but only when it is new:
 * - a signal on or before the day flare mode began (ctx.flareBegan) is the flare that turned it
 *   on, already answered by the step back it began with (logging a spasm, then turning flare
 *   mode on by hand, must not step back twice);
 * - the week's first morning, about the week before's last session, never steps back again: the
 *   review of that week may have read it already and stepped back for it. It still keeps flare
 *   mode on (the week had a worse morning, so it is not calm).
 */
export function signalsSteppingBack(
  ctx: SignalContext,
  week: ExerciseWeek,
  exerciseId: string,
): SteppingSignals {
  return {
    spasmDays: ctx.summary.spasmDays.filter((day) => isNew(ctx, day)),
    painDays: week.painDays.filter((p) => isNew(ctx, p.day)),
    worseMornings: ctx.summary.worseMornings.filter((w) => morningSteps(ctx, w, exerciseId)),
  };
}

/**
 * The reason for the first of signalsSteppingBack, in the order a review weighs them (a spasm,
 * then pain during, then a worse morning), or undefined. Loops rather than lists: every exercise
 * of every flare week asks, some 2,000 times in a replay of ten years.
 */
export function steppingSignal(
  ctx: SignalContext,
  week: ExerciseWeek,
  exerciseId: string,
): 'flare-spasm' | 'flare-pain' | 'flare-morning-worse' | undefined {
  for (const day of ctx.summary.spasmDays) if (isNew(ctx, day)) return 'flare-spasm';
  for (const p of week.painDays) if (isNew(ctx, p.day)) return 'flare-pain';
  for (const w of ctx.summary.worseMornings) {
    if (morningSteps(ctx, w, exerciseId)) return 'flare-morning-worse';
  }
  return undefined;
}
