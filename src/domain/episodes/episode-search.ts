import type { Episode, Movement } from './episode';
import { movementLabels } from './episode';
import type { DayOf } from './episode-history';

/**
 * What the Log is asked to show: words to find (in the notes, the activity's name or the
 * movement's), a range of local days (both ends included, either may be open) and an activity or
 * a movement. Every field is optional; an empty search matches every spasm not deleted.
 */
export type EpisodeSearch = {
  text?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  activityId?: string | undefined;
  movement?: Movement | undefined;
};

const fold = (text: string) => text.trim().toLocaleLowerCase();

/** Whether a search narrows the list at all (so the Log can say "no spasms match"). */
export function isNarrowed(search: EpisodeSearch): boolean {
  return Boolean(
    fold(search.text ?? '') || search.from || search.to || search.activityId || search.movement,
  );
}

/**
 * The test one spasm must pass to be listed. `nameOf` gives an activity id's name (catalogue or
 * the person's own), so a search for "floor" finds spasms that began picking something up from
 * it. Every word of the text must appear somewhere (notes, activity or movement), ignoring case;
 * days compare as local days through `dayOf`. Deleted spasms never match.
 */
export function episodeMatcher(
  search: EpisodeSearch,
  nameOf: (activityId: string) => string,
  dayOf: DayOf,
): (episode: Episode) => boolean {
  const words = fold(search.text ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  return (episode) => {
    if (episode.deletedAt !== undefined) return false;
    if (search.activityId && episode.activityId !== search.activityId) return false;
    if (search.movement && episode.movement !== search.movement) return false;
    if (search.from || search.to) {
      const day = dayOf(episode.startedAt);
      if (search.from && day < search.from) return false;
      if (search.to && day > search.to) return false;
    }
    if (words.length === 0) return true;
    const haystack = fold(
      [
        episode.notes ?? '',
        episode.activityId ? nameOf(episode.activityId) : '',
        movementLabels[episode.movement],
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  };
}

/** A message for a date range that can't be searched, or null when it can. */
export function dateRangeProblem(search: Pick<EpisodeSearch, 'from' | 'to'>): string | null {
  if (search.from && search.to && search.from > search.to) {
    return 'The "from" day is after the "to" day. Swap them or clear one.';
  }
  return null;
}
