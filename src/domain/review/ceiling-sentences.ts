import type { DecisionCore } from '../plan';
import { factsFor, formatLoad, loadUnitsOf, nameInSentence, topLoadOf } from '../progression';

/**
 * The sentences for a big load step taken a set at a time and for progress at the heaviest
 * weight owned (docs/domain.md §5b rules 5-6). Loads in the exercise's own units.
 */
export function ceilingSentence(d: DecisionCore): string | undefined {
  const before = d.beforeText;
  const after = d.afterText;
  const units = loadUnitsOf(d.before);
  const heaviest = formatLoad(topLoadOf(d.before), units);
  const name = nameInSentence(factsFor(d.before).name);
  switch (d.reason) {
    case 'progress-step-in': {
      const stepIn = d.after.stepIn;
      if (stepIn === undefined)
        return `Up to ${after}: every set at the new load now, reps a little below the top of the range, so the heavier weight comes in over a few weeks (our rule for steps over 25 %).`;
      const sets = stepIn.sets === 1 ? 'one set' : `${String(stepIn.sets)} sets`;
      return `Up to ${after}: ${sets} at ${formatLoad(stepIn.loadKg, units)}, the rest as before. That step is over 25 % more load, so it comes in a set at a time, one more set each steady week (our rule).`;
    }
    case 'ceiling-reps':
      return `Up to ${after}: ${heaviest} is the heaviest weight you have for ${name}, so reps can now go up to ${String(d.after.repsMax)} instead.`;
    case 'ceiling-sets':
      return `Up to ${after}: one more set at ${heaviest}, the heaviest weight you have for ${name}.`;
    case 'ceiling-lowering':
      return `Up to ${after}: lower the weight over 3-4 seconds. It makes ${heaviest} work harder without a heavier weight.`;
    case 'ceiling-pause':
      return `Up to ${after}: a 2-second pause at the bottom of each rep, still at ${heaviest}.`;
    case 'ceiling-variant':
      return d.after.variant === 'single-leg'
        ? `Up to ${after}: one leg at a time, a harder version of ${name} at the same weight; reps start at the bottom of the range again.`
        : `Up to ${after}: pause 2 seconds with the weight at your ribs, a harder row at the same weight; reps start at the bottom of the range again.`;
    case 'at-ceiling':
      return `Held at ${before}: you have done all the ways to build on ${heaviest}, the heaviest weight you have for ${name}. Keep it steady; a heavier weight would let it go on (add it on the setup screen).`;
    default:
      return undefined;
  }
}
