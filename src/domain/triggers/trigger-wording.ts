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

type Named = Pick<TriggerFinding, 'kind' | 'id'>;

/** How a spasm "began ..." with this activity (by id, `name` for the person's own) or movement. */
export function onsetPhrase(finding: Named, name: string): string {
  if (finding.kind === 'movement') return movementOnsets[finding.id as Movement];
  return activityOnsets[finding.id] ?? `with “${name}”`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A rate as a natural frequency (docs/domain.md §2: never a percentage for the person):
 * "about 1 day in 20", "about 7 days in 10", "every day".
 */
export function naturalFrequency(hits: number, days: number): string {
  if (hits >= days) return 'every day';
  const oneIn = days / hits;
  if (oneIn >= 1.8) return `about 1 day in ${Math.round(oneIn)}`;
  return `about ${Math.min(9, Math.round((10 * hits) / days))} days in 10`;
}

function shareClause({ share }: TriggerFinding, onset: string): string {
  if (share.of === 0) return 'No spasms are logged yet.';
  if (share.of === 1)
    return `Your one spasm so far ${share.count === 1 ? 'began' : 'did not begin'} ${onset}.`;
  if (share.count === 0) return `None of your ${share.of} spasms began ${onset}.`;
  return `${share.count} of your ${share.of} spasms began ${onset}.`;
}

function ratesClause({ kind, counts: c }: TriggerFinding): string {
  const days =
    kind === 'activity' ? 'days you did it' : 'days you did something you have logged with it';
  const withIt =
    c.onsetDays === 0
      ? `On the ${count(c.daysWith, 'day')} you did it, none began with it`
      : `On ${days}, one began ${kind === 'activity' ? 'during it' : 'with it'} ${naturalFrequency(c.onsetDays, c.daysWith)}`;
  const other =
    c.spasmDaysWithout === 0
      ? `on the ${count(c.daysWithout, 'other day')}, none`
      : `on other days, ${naturalFrequency(c.spasmDaysWithout, c.daysWithout)}`;
  return `${withIt}; ${other}.`;
}

const higherWithIt = ({ counts: c }: TriggerFinding) =>
  c.onsetDays * c.daysWithout > c.spasmDaysWithout * c.daysWith;

/** What the verdict adds to the counts; never stronger than the verdict itself. */
function verdictClause(finding: TriggerFinding): string {
  switch (finding.verdict) {
    case 'likely':
      return 'That is more often than chance would explain, even across all you log.';
    case 'possible':
      return 'It came more often on those days, but this could still be chance.';
    case 'no-sign':
      return higherWithIt(finding)
        ? 'A difference this small could be chance: no sign so far; this does not rule it out.'
        : 'No sign so far; this does not rule it out.';
    case 'too-early':
      return '';
  }
}

/**
 * The sentences behind a verdict, counts first (docs/domain.md §2 wording), e.g. "16 of your 23
 * spasms began while picking something up from the floor. On days you did it, one began during it
 * about 1 day in 2; on other days, about 1 day in 20." Built from the counts alone, so it can never
 * say more than they do; "too early" gives no rates (its shortfall sentence says what is missing).
 */
export function findingSentence(finding: TriggerFinding, name: string): string {
  const share = shareClause(finding, onsetPhrase(finding, name));
  if (finding.verdict === 'too-early') return share;
  return [share, ratesClause(finding), verdictClause(finding)].filter(Boolean).join(' ');
}

/**
 * The co-exposure note (docs/domain.md §2), or null: "You often did this on the same days as
 * Gardening, so the app can't fully tell them apart." Never on "too early".
 */
export function coExposureSentence(
  finding: TriggerFinding,
  nameOf: (id: string) => string,
): string | null {
  if (finding.verdict === 'too-early' || finding.sharedDaysWith.length === 0) return null;
  const names = finding.sharedDaysWith.slice(0, 2).map(nameOf);
  const list = names.length === 1 ? names[0] : `${names[0]} and ${names[1]}`;
  return `You often did this on the same days as ${list ?? ''}, so the app can't fully tell them apart.`;
}

/**
 * What the card counts (docs/domain.md §2): spasms that began with it, and other spasms on days it
 * was done, so "16 began with it" and "see the 23 spasms" never seem to disagree.
 */
export function countsExplained(finding: TriggerFinding): string {
  const began = count(finding.share.count, 'spasm');
  const days =
    finding.kind === 'activity' ? 'you did it' : 'you did something you have logged with it';
  if (finding.othersOnDays === 0) return `${began} began with it.`;
  return `${began} began with it; ${count(finding.othersOnDays, 'other spasm')} came on days ${days} but began with something else.`;
}

/** How many spasms the card's link shows: those begun with it and the others on its days. */
export const spasmsBehind = (finding: TriggerFinding) => finding.share.count + finding.othersOnDays;

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

/** The label of a movement finding, for lists. */
export const movementName = (id: string) => movementLabels[id as Movement];
