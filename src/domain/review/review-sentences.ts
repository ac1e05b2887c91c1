import type { DecisionCore } from '../plan';
import {
  factsFor,
  formatLoad,
  formatPercent,
  listDays,
  loadUnitsOf,
  nameInSentence,
  targetRepsOf,
  weekdayName,
  type ProgressionStep,
} from '../progression';
import type { Units } from '../settings';
import type { SentenceFacts } from './decision-context';
import { ceilingSentence } from './ceiling-sentences';
import { otherSignal, stepBackSentence } from './flare-sentences';
import { realLifeSentence } from './real-life-sentences';

const words = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
const count = (n: number) => words[n] ?? String(n);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function volumeWords(change: number | null): string {
  if (change === null) return '';
  if (Math.abs(change) < 0.005) return "the week's volume stays the same";
  return change > 0
    ? `the week's volume rises by ${formatPercent(change)}`
    : `the week's volume is ${formatPercent(change)} lower for now`;
}

/**
 * The plain sentence for a decision: what changed and why, loads in the exercise's own units.
 * Rules that are our design choices are named as ours ("our rule"), never as medical fact.
 */
export function sentenceFor(d: DecisionCore, f: SentenceFacts): string {
  const { ctx, week, step } = f;
  const units = loadUnitsOf(d.before);
  const before = d.beforeText;
  const after = d.afterText;
  const planned = ctx.summary.planned;
  const needed = Math.ceil((planned * 2) / 3);
  const volume = volumeWords(d.volumeChange);
  switch (d.reason) {
    case 'flare-spasm':
    case 'flare-pain':
    case 'flare-morning-worse':
      return stepBackSentence(d, f);
    case 'flare-mode':
      if (!ctx.flareAtStart)
        return `Paused at ${before}: no step up this week because ${otherSignal(ctx)}.`;
      if (ctx.status === 'flare')
        return `Kept light at ${before}: ${otherSignal(ctx)}, so flare mode stays on.`;
      return `Kept light at ${before}: flare mode is on since ${weekdayName(ctx.flareSince ?? ctx.summary.weekOf)}; your plan restarts after a full calm week.`;
    case 'calm-week-restart':
      return `Restarting at ${before}: a calm week has passed (no spasm, pain during exercise at 5/10 or less, mornings no worse than usual), so flare mode is off and steady weeks build from here again.`;
    case 'inconsistent':
      return `Held at ${before}: ${count(Math.min(week.sessionDays.length, planned))} of ${count(planned)} sessions done this week. Steps up come after a week with at least ${count(needed)} of ${count(planned)} done (our rule).`;
    case 'too-hard':
      return `Held at ${before}: you rated a set hard on ${listDays(week.hardDays)}. Steps up come after weeks that feel easy to moderate, with 2 or more reps left in reserve.`;
    case 'last-set-hard':
      return `Held at ${before}: you reached it, but the last set felt hard on ${listDays(week.lastSetHardDays)}. Only this exercise waits; the rest of your plan carries on, and the week still counts as steady.`;
    case 'empty-week':
    case 'stall-ease':
    case 'stall-ease-again':
    case 'break-ease':
    case 'break-step-back':
    case 'break-rung-down':
      return realLifeSentence(d, f);
    case 'below-target':
      return `Held at ${before}: you reached it in ${count(Math.min(week.metDays.length, planned))} of ${count(planned)} planned sessions. It steps up once you manage it in at least ${count(needed)}.`;
    case 'baseline':
      return ctx.goodWeeksInARow === 1
        ? `Held at ${before}: a steady week at your baseline. One more like it and your plan starts to build, one small step a week.`
        : `Held at ${before}: your baseline. Two steady weeks in a row and your plan starts to build (our rule).`;
    case 'baseline-untried':
    case 'baseline-kept':
    case 'baseline-raised':
    case 'baseline-lowered':
    case 'baseline-too-hard':
      return baselineSentence(d, f);
    case 'top-of-range':
      return `Held at ${before}: top of the range reached. One more steady week here and you move up to ${nameInSentence(step?.next?.name ?? 'the next level')} (two weeks at the top is our rule).`;
    case 'maintain':
      return `Held at ${before}: you're at the top of this ladder with as many sets as we add. Keep it steady: it keeps working as long as you keep doing it.`;
    case 'step-too-big':
      return tooBig(before, step, units);
    case 'progress-reps': {
      const extra = sum(targetRepsOf(d.after)) - sum(targetRepsOf(d.before));
      return `Up to ${after}: ${count(extra)} more rep${extra === 1 ? '' : 's'} a session, so ${volume}.`;
    }
    case 'progress-hold-seconds':
      return `Up to ${after}: holds ${String((d.after.holdSeconds ?? 0) - (d.before.holdSeconds ?? 0))} s longer, so ${volume}.`;
    case 'progress-load':
      return loadSentence(d, after, volume, units);
    case 'progress-step-in':
    case 'ceiling-reps':
    case 'ceiling-sets':
    case 'ceiling-lowering':
    case 'ceiling-pause':
    case 'ceiling-variant':
    case 'at-ceiling':
      return ceilingSentence(d) ?? `Now ${after}.`;
    case 'progress-sets': {
      const blocked = step?.blocked;
      const why =
        blocked?.loadKg !== undefined
          ? `the next load (${formatLoad(blocked.loadKg, units)}) would raise the week's volume by ${formatPercent(blocked.rise)}, over our 10 % a week`
          : `you're at the top of this ladder, so sets are what grow now`;
      const back =
        factsFor(d.after).unit === 'seconds'
          ? `holds back to ${String(d.after.holdSeconds ?? 0)} s`
          : 'reps back to the bottom of the range';
      return `Up to ${after}: one more set, ${back}, because ${why}; ${volume}.`;
    }
    case 'progress-level':
      return `Moved up to ${nameInSentence(factsFor(d.after).name)}, starting at ${after}: two steady weeks at the top of the range (${before}) on ${nameInSentence(factsFor(d.before).name)}.`;
  }
}

function loadSentence(d: DecisionCore, after: string, volume: string, units: Units): string {
  const from = d.before.loadKg ?? 0;
  const added = (d.after.loadKg ?? 0) - from;
  const rise = from > 0 ? added / from : 1;
  const sets = d.after.sets < d.before.sets ? ` and back to ${count(d.after.sets)} sets` : '';
  const reps = Math.max(...targetRepsOf(d.after));
  // docs/domain.md §5b rule 9: reps drop 1-2 after a load step, not to the bottom of the range.
  const nearTop = reps > d.after.repsMin;
  const below = `${String(d.after.repsMax - reps)} below the top of the range`;
  const down = nearTop ? `reps ${below}` : 'reps back to the bottom of the range';
  const go = nearTop ? `reps go ${below}` : 'reps go back to the bottom of the range';
  if (rise <= 0.1 + 1e-9) {
    return `Up to ${after}: ${formatLoad(added, units)} more (${formatPercent(rise)}), ${down}${sets}; ${volume}.`;
  }
  return `Up to ${after}: the ${formatLoad(added, units)} step is ${formatPercent(rise)} more load, so ${go}${sets} and ${volume} (our limit is a 10 % rise a week).`;
}

function tooBig(before: string, step: ProgressionStep | undefined, units: Units): string {
  const blocked = step?.blocked;
  const by = formatPercent(blocked?.rise ?? 0);
  if (blocked?.kind === 'work') {
    return `Held at ${before}: a step up would plan more than 10 % over the most you did in a week lately (our rule is on work done, not just planned). A full week at it lets it build.`;
  }
  if (blocked?.kind === 'load' && blocked.loadKg !== undefined) {
    return `Held at ${before}: the next load (${formatLoad(blocked.loadKg, units)}) would raise the week's volume by ${by} even with fewer reps, over our 10 % a week, and there's no room for another set. Smaller weight steps would let it build.`;
  }
  const unit = blocked?.kind === 'second' ? 'second' : 'rep';
  return `Held at ${before}: even one more ${unit} would raise the week's volume by ${by}, over our 10 % a week. With at least 10 ${unit}s a session the plan can build again.`;
}

const tolerableWords = 'pain during at 5/10 or less, effort easy to moderate';

/** The baseline week's sentences (see findBaseline): what was tried and what stays tolerable. */
function baselineSentence(d: DecisionCore, f: SentenceFacts): string {
  const { beforeText: before, afterText: after } = d;
  const lightest = f.how === 'none';
  switch (d.reason) {
    case 'baseline-untried':
      return `Not tried yet: ${before} stays. Try it this week and the next review sets your baseline.`;
    case 'baseline-kept':
      return `Baseline set at ${before}: it stayed tolerable this week (${tolerableWords}, mornings no worse than usual).`;
    case 'baseline-raised':
      return `Baseline set at ${after}: you did more than ${before} and it stayed tolerable (${tolerableWords}). It rises no more than 10 % over the week's tolerable work (our rule).`;
    case 'baseline-too-hard':
      return lightest
        ? `Kept at ${before}, already the lightest: every set felt hard this week. Try it slower, or over a smaller range; a physiotherapist can help find an easier start.`
        : `Eased to ${after}: every set felt hard this week. Your baseline should feel easy to moderate, with 2 or more reps left in reserve.`;
    default:
      if (f.how === undefined)
        return `Baseline set at ${after}: the most you did this week within ${tolerableWords}; ${before} can come later.`;
      return lightest
        ? `Kept at ${before}, already the lightest: it wasn't reached within ${tolerableWords}. Do what you can; the next review looks again.`
        : `Eased to ${after}: ${before} wasn't reached within ${tolerableWords}, and less than ten reps a session is too little to build from.`;
  }
}
