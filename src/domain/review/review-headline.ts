import type { ExerciseDecision, NewPlanChange, WeekStatus } from '../plan';
import { weekdayName } from '../progression';
import type { DecisionContext } from './decision-context';
import { otherSignal } from './flare-sentences';

const plural = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;
const shortDay = (day: string) => weekdayName(day).slice(0, 3);

/** Why one exercise was held on its own (docs/domain.md §5b rule 7), in a few words for the headline. */
function heldWhy(d: ExerciseDecision, ctx: DecisionContext): string | undefined {
  const week = ctx.summary.exercises[d.exerciseId];
  switch (d.reason) {
    case 'too-hard':
    case 'last-set-hard': {
      const days = week?.hardDays ?? [];
      return days.length > 0 ? `a set felt hard on ${days.map(shortDay).join(', ')}` : undefined;
    }
    case 'below-target':
      return 'target not reached';
    case 'step-too-big':
      return 'next step too big';
    default:
      return undefined;
  }
}

/**
 * The week's changes in one line, whole plan and single exercises both (docs/domain.md §5b rule 7):
 * "2 steps up, 1 held (a set felt hard on Thu)".
 */
function changesLine(decisions: readonly ExerciseDecision[], ctx: DecisionContext): string {
  const up = decisions.filter((d) => d.action === 'progress').length;
  const eased = decisions.filter((d) => d.action === 'step-back').length;
  // An exercise's own baseline week setting its baseline is not held (see findBaseline).
  const held = decisions.filter((d) => d.action === 'hold' && !d.reason.startsWith('baseline'));
  const whys = [...new Set(held.map((d) => heldWhy(d, ctx)).filter((w) => w !== undefined))];
  const parts = [`${plural(up, 'step')} up`];
  if (held.length > 0) {
    parts.push(`${String(held.length)} held${whys.length > 0 ? ` (${whys.join('; ')})` : ''}`);
  }
  if (eased > 0) parts.push(`${String(eased)} eased after a stall`);
  return parts.join(', ');
}

function baselineHeadline(decisions: readonly ExerciseDecision[]): string {
  const untried = decisions.filter((d) => d.reason === 'baseline-untried').length;
  if (untried === 0)
    return 'Baseline week done: your starting points are set from what stayed tolerable.';
  const tried = decisions.length - untried;
  return `Baseline week: ${String(tried)} of ${String(decisions.length)} exercises tried. Try the rest this week and the review sets their baseline.`;
}

function settledHeadline(status: WeekStatus, ctx: DecisionContext, decisions: ExerciseDecision[]) {
  const done = Math.min(ctx.summary.sessionDays.length, ctx.summary.planned);
  const sessions = `${String(done)} of ${String(ctx.summary.planned)} sessions`;
  const moved = decisions.some((d) => d.action !== 'hold');
  if (status === 'inconsistent') return `${sessions} done: plan held.`;
  if (status === 'too-hard' && !moved) return `${sessions} done, a set felt hard: plan held.`;
  if (status === 'good' && ctx.phaseAfter < 3 && !moved) {
    return `Steady week, ${sessions} done: baseline held.`;
  }
  const held = decisions.filter((d) => d.action === 'hold' && !d.reason.startsWith('baseline'));
  if (status === 'good' && held.length === 0 && !decisions.some((d) => d.action === 'step-back')) {
    return `Steady week, ${sessions} done: ${changesLine(decisions, ctx)}.`;
  }
  const lead = status === 'good' ? `Steady week, ${sessions} done` : `${sessions} done`;
  return `${lead}: ${changesLine(decisions, ctx)}.`;
}

/** The restart after a break (docs/domain.md §5b rule 2), for the headline. */
function breakHeadline(weeksAway: number): string {
  const away = `${String(weeksAway)} weeks without a session`;
  if (weeksAway >= 8) {
    return `${away}: your plan restarts lighter, one rung down or two steps back, at step 2. Your first week back is a baseline week.`;
  }
  const how = weeksAway >= 4 ? 'one step back' : 'about 10 % lighter';
  return `${away}: your plan restarts ${how}. Your first week back is a baseline week, never above where you were.`;
}

/** The headline of a week's review: what happened to the plan as a whole, in one line. */
export function headlineFor(
  status: WeekStatus,
  ctx: DecisionContext,
  decisions: ExerciseDecision[],
): string {
  if (ctx.weeksAway >= 2 && decisions.some((d) => d.reason.startsWith('break-'))) {
    return breakHeadline(ctx.weeksAway);
  }
  switch (status) {
    case 'flare':
      return ctx.flareAtStart
        ? `Still flaring (${otherSignal(ctx)}): flare mode stays on.`
        : `A flare this week (${otherSignal(ctx)}): stepped back, and flare mode is on.`;
    case 'flare-mode':
      return 'Flare mode: exercises kept light while your back settles.';
    case 'calm':
      return 'A calm week: flare mode is off and your plan restarts.';
    case 'empty':
      return ctx.flareAtStart
        ? 'Nothing logged this week: plan held, and flare mode stays on until a calm week with something logged.'
        : 'Nothing logged this week: plan held. An empty week tells the review nothing, so nothing changes.';
    case 'inconsistent':
    case 'too-hard':
    case 'good':
      return ctx.findingBaseline
        ? baselineHeadline(decisions)
        : settledHeadline(status, ctx, decisions);
  }
}

/** The suggestion after three inconsistent weeks (docs/domain.md §5b rule 4): never applied by itself. */
export function fewerDaysSuggestion(daysPerWeek: number): string {
  return ` Three weeks in a row with fewer sessions than planned: ${String(daysPerWeek - 1)} days a week may suit you better. You can change it in your plan's setup.`;
}

/**
 * One summary for weeks reviewed together after days away (docs/domain.md §5b rule 10): the weeks, what they
 * were, and the latest week's headline. A single week reads as its own headline.
 */
export function catchUpSummary(
  changes: readonly Pick<NewPlanChange, 'status' | 'headline'>[],
): string {
  const last = changes.at(-1);
  if (last === undefined) return '';
  if (changes.length === 1) return last.headline;
  const empty = changes.filter((c) => c.status === 'empty').length;
  const flare = changes.filter((c) => c.status === 'flare').length;
  const notes = [
    empty > 0 ? `${plural(empty, 'week')} with nothing logged` : '',
    flare > 0 ? `${plural(flare, 'week')} with a flare` : '',
  ].filter(Boolean);
  const what = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return `${String(changes.length)} weeks reviewed at once${what}. Latest: ${last.headline}`;
}
