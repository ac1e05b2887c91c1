import { movementLabels, type Movement } from '../episodes';
import type { TriggerFinding } from './triggers';
import type { Shortfall, Verdict } from './trigger-verdict';

export const verdictLabels: Record<Verdict, string> = {
  'too-early': 'Too early to tell',
  'no-sign': 'No sign',
  possible: 'Possible trigger',
  likely: 'Likely trigger',
};

// How a spasm "began ..." with each catalogue activity and movement; custom names are quoted.
const activityOnsets: Record<string, string> = {
  'cat-lifting-heavy': 'while lifting a case of water or groceries',
  'cat-moving-furniture': 'while moving furniture',
  'cat-bending-over-child': 'while bending over a crib or child',
  'cat-floor-pickup': 'while picking something up from the floor',
  'cat-gardening': 'while gardening',
  'cat-long-sitting': 'after sitting for a long time or driving',
  'cat-getting-out-of-bed': 'while getting out of bed',
  'cat-exercise-sport': 'during exercise or sport',
  'cat-cough-sneeze': 'with a cough or sneeze',
  'cat-housework': 'during housework',
  'cat-carrying-child': 'while carrying a child',
  'cat-desk-work': 'during desk work',
  'cat-long-standing': 'after standing for a long time',
  'cat-twisting-reach': 'while twisting to reach',
  'cat-sleeping-position': 'from a sleeping position',
};
const movementOnsets: Record<Movement, string> = {
  'bending-forward': 'while bending forward',
  'bending-backward': 'while bending backward',
  twisting: 'while twisting',
  lifting: 'while lifting',
  reaching: 'while reaching',
  'sustained-sitting': 'after sitting for a long time',
  'sustained-standing': 'after standing for a long time',
  'sudden-movement': 'with a sudden movement',
  'cough-sneeze': 'with a cough or sneeze',
  'not-sure': 'with a movement you were not sure of',
};

/** How a spasm "began ..." with this activity (by id, `name` for the person's own) or movement. */
export function onsetPhrase(finding: Pick<TriggerFinding, 'kind' | 'id'>, name: string): string {
  if (finding.kind === 'movement') return movementOnsets[finding.id as Movement];
  return activityOnsets[finding.id] ?? `with “${name}”`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function shareClause({ share }: TriggerFinding, onset: string): string {
  if (share.of === 0) return 'No spasms are logged yet';
  if (share.of === 1)
    return `Your one spasm so far ${share.count === 1 ? 'began' : 'did not begin'} ${onset}`;
  if (share.count === 0) return `None of your ${share.of} spasms began ${onset}`;
  return `${share.count} of your ${share.of} spasms began ${onset}`;
}

/**
 * The sentence behind a verdict, with its counts, e.g. "4 of your 6 spasms began while picking
 * something up from the floor; on days you did it, a spasm followed 4 times in 9 days, against 2
 * times in 51 other days." Built from the counts alone, so it can never say more than they do.
 */
export function findingSentence(finding: TriggerFinding, name: string): string {
  const share = shareClause(finding, onsetPhrase(finding, name));
  if (finding.exposure === null) {
    return `${share}. The check-in asks about activities, not movements, so there are no days without it to compare.`;
  }
  const { withIt, without } = finding.exposure;
  return (
    `${share}; on days you did it, a spasm followed ${count(withIt.count, 'time')} in ` +
    `${count(withIt.of, 'day')}, against ${count(without.count, 'time')} in ` +
    `${count(without.of, 'other day')}.`
  );
}

/** What is missing before a "too early to tell" can become a verdict, or null when nothing is. */
export function shortfallSentence({ spasms, daysWithIt, daysWithout }: Shortfall): string | null {
  const parts = [
    spasms > 0 ? `${count(spasms, 'more spasm')} linked to it` : '',
    daysWithIt > 0 ? `${count(daysWithIt, 'more check-in day')} when you did it` : '',
    daysWithout > 0 ? `${count(daysWithout, 'more check-in day')} when you didn't` : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  return `To tell, the app needs ${list}.`;
}

/** The day-level case-crossover in words, or null when no spasm has a check-in 1 or 2 days before. */
export function crossoverSentence(finding: TriggerFinding, name: string): string | null {
  const c = finding.crossover;
  if (c === null || c.sets === 0) return null;
  return (
    `Of the ${count(c.sets, 'spasm')} with a check-in 1 or 2 days before, ${c.hazardExposed} began ` +
    `${onsetPhrase(finding, name)}; on those earlier days you did it ${count(c.controlExposed, 'time')} ` +
    `in ${count(c.controlDays, 'day')}.`
  );
}

/** The label of a movement finding, for lists. */
export const movementName = (id: string) => movementLabels[id as Movement];
