import type { Episode } from './episode';

/** After this long without an end time, a spasm is "end not recorded", no longer "still going". */
export const END_NOT_RECORDED_AFTER_MS = 24 * 60 * 60 * 1000;

/** Where a spasm's end stands: ended, still going (under a day), or its end never recorded. */
export type SpasmEndState = 'ended' | 'going' | 'end-not-recorded';

/**
 * The end state of a spasm at `now` (issue 20): a quick-logged spasm has no end time, and a
 * spasm older than a day without one is shown as "end not recorded", never "still going": the
 * person simply didn't come back to it.
 */
export function spasmEndState(episode: Pick<Episode, 'startedAt' | 'endedAt'>, now: string) {
  if (episode.endedAt !== undefined) return 'ended' satisfies SpasmEndState;
  const age = Date.parse(now) - Date.parse(episode.startedAt);
  return (age >= END_NOT_RECORDED_AFTER_MS ? 'end-not-recorded' : 'going') satisfies SpasmEndState;
}

/**
 * The spasms Today asks "did it ease?" about, newest first: those still going (no end, under a
 * day old, so the same day or the next morning). Older ones are asked no more.
 */
export function spasmsToAskAbout<T extends Pick<Episode, 'startedAt' | 'endedAt'>>(
  episodes: readonly T[],
  now: string,
): T[] {
  return episodes
    .filter((episode) => spasmEndState(episode, now) === 'going')
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
