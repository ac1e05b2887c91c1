import type { Episode } from '../episodes';
import { emptyDraft, type EpisodeDraft, type NewEpisode } from './episode-draft';
import { kgToLb, roundLoad, type Units } from '../settings';

// Pounds are shown to the nearest 0.5 lb, as everywhere else in the app.
function loadText(loadKg: number | undefined, units: Units): string {
  if (loadKg === undefined) return '';
  return String(units === 'kg' ? loadKg : roundLoad(kgToLb(loadKg), 'lb'));
}

/** The form for editing `episode`: its start as an exact local time, its load in `units`. */
export function episodeToDraft(
  episode: Episode,
  units: Units,
  toLocal: (instant: string) => string,
): EpisodeDraft {
  return {
    ...emptyDraft(episode.region),
    severity: episode.severity,
    activityId: episode.activityId,
    movement: episode.movement,
    when: 'exact',
    exactStart: toLocal(episode.startedAt),
    side: episode.side,
    load: loadText(episode.loadKg, units),
    couldMove: episode.couldMove === undefined ? '' : episode.couldMove ? 'yes' : 'no',
    easedBy: [...episode.easedBy],
    stillGoing: episode.endedAt === undefined,
    endedAt: episode.endedAt === undefined ? '' : toLocal(episode.endedAt),
    notes: episode.notes ?? '',
  };
}

/**
 * The edit form shows times to the minute and pounds to the half pound; a time or load the person
 * left as it was keeps its stored value, so changing only the severity never shifts when the
 * spasm started or ended, or nudges the load through a kg-lb round trip.
 */
export function keepUnchanged(
  value: NewEpisode,
  draft: EpisodeDraft,
  stored: Pick<Episode, 'startedAt' | 'endedAt' | 'loadKg'>,
  units: Units,
  toLocal: (instant: string) => string,
): NewEpisode {
  const sameStart = draft.when === 'exact' && draft.exactStart === toLocal(stored.startedAt);
  const sameEnd =
    !draft.stillGoing && stored.endedAt !== undefined && draft.endedAt === toLocal(stored.endedAt);
  const sameLoad = draft.load === loadText(stored.loadKg, units);
  return {
    ...value,
    startedAt: sameStart ? stored.startedAt : value.startedAt,
    endedAt: sameEnd ? stored.endedAt : value.endedAt,
    loadKg: sameLoad ? stored.loadKg : value.loadKg,
  };
}
