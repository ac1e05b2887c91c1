import type { DecisionCore } from '../plan';
import { factsFor, formatPercent, nameInSentence } from '../progression';
import { findLevel, previousLevel } from '../exercises';
import type { SentenceFacts } from './decision-context';

const less = (change: number | null) => (change === null ? '' : ` (${formatPercent(change)} less)`);

/**
 * The sentences of docs/domain.md §5b rules 2-4: an empty week, a stall eased, a restart after a
 * break. The numbers are our design choices, and say so.
 */
export function realLifeSentence(d: DecisionCore, f: SentenceFacts): string {
  const { beforeText: before, afterText: after } = d;
  const away = f.ctx.weeksAway;
  switch (d.reason) {
    case 'empty-week':
      return f.ctx.flareAtStart
        ? `Kept light at ${before}: nothing was logged this week, so it can't show your back has settled. Flare mode stays on until a calm week with a session or 3 check-ins.`
        : `Held at ${before}: nothing was logged this week (no session, fewer than 3 check-ins), so the review has nothing to go on.`;
    case 'stall-ease':
      return `Eased to ${after}${less(d.volumeChange)}: held three reviews in a row, so it eases about 10 % and builds again from there (our rule).`;
    case 'stall-ease-again': {
      const below = previousLevel(d.before.exerciseId, f.ctx.equipment);
      const rung = below ? `, or two weeks on ${nameInSentence(below.name)}` : '';
      return `Eased to ${after}${less(d.volumeChange)}: stuck again on this rung within 8 weeks. You could try a variant of ${nameInSentence(factsFor(d.before).name)}${rung}: change it in your plan's setup if you'd like.`;
    }
    case 'break-ease':
      return `Eased to ${after}${less(d.volumeChange)}: ${String(away)} weeks without a session, so it restarts about 10 % lighter. Your first week back sets the baseline, never above where you were.`;
    case 'break-step-back':
      return `Stepped back to ${after}${less(d.volumeChange)}: ${String(away)} weeks without a session. Your first week back sets the baseline, never above where you were.`;
    default: {
      const rung = d.after.exerciseId !== d.before.exerciseId;
      const name = findLevel(d.after.exerciseId)?.name ?? d.after.exerciseId;
      return rung
        ? `Restarting at ${nameInSentence(name)}, ${after}: ${String(away)} weeks without a session, so one rung down and back to step 2. It builds again as your back allows.`
        : `Stepped back to ${after}${less(d.volumeChange)}: ${String(away)} weeks without a session, so two steps back and back to step 2.`;
    }
  }
}
