import type { Episode } from '../../domain/episodes';
import {
  draftToEpisode,
  newActivityName,
  type EpisodeDraft,
  type NewEpisode,
} from '../../domain/logging';
import { keepUnchanged } from '../../domain/logging';
import { findActivityByName, type ActivityChoice } from '../../domain/logging';
import type { Units } from '../../domain/settings';
import type { Clock, Validation } from '../../domain/common';
import { systemClock } from '../../data/clock';
import { activityRepository, episodeRepository } from '../../data/repositories';
import { saveSettings } from '../../data/settings-queries';
import { showToast } from '../../ui/toast';
import { toInstant, toLocal } from './local-time';

type Saved = Validation<Episode>;

/**
 * The activity id to store: the chosen one, or the "Add your own" name, reusing a listed activity
 * of that name or adding it (so it is offered next time). Only called once the episode is valid,
 * so a refused spasm never leaves a stray activity behind.
 */
async function resolveActivity(
  draft: EpisodeDraft,
  chosen: string | undefined,
  choices: readonly ActivityChoice[],
  clock: Clock,
): Promise<Validation<string | undefined>> {
  const name = newActivityName(draft);
  if (name === undefined) return { ok: true, value: chosen };
  const existing = findActivityByName(name, choices);
  if (existing) return { ok: true, value: existing.id };
  const added = await activityRepository.add({ name }, clock);
  return added.ok ? { ok: true, value: added.value.id } : added;
}

/** The draft as a checked episode, with a newly typed activity stored and referenced by id. */
async function checkDraft(
  draft: EpisodeDraft,
  units: Units,
  choices: readonly ActivityChoice[],
  clock: Clock,
): Promise<Validation<NewEpisode>> {
  const checked = draftToEpisode(draft, clock, units, toInstant);
  if (!checked.ok) return checked;
  const activity = await resolveActivity(draft, checked.value.activityId, choices, clock);
  if (!activity.ok) return activity;
  return { ok: true, value: { ...checked.value, activityId: activity.value } };
}

/** Checks and stores a new spasm; remembers its region for next time. */
export async function saveNewEpisode(
  draft: EpisodeDraft,
  units: Units,
  choices: readonly ActivityChoice[],
): Promise<Saved> {
  const clock = systemClock();
  const checked = await checkDraft(draft, units, choices, clock);
  if (!checked.ok) return checked;
  const saved = await episodeRepository.add(checked.value, clock);
  // The region only prefills the next form; a failure here must not undo a saved spasm.
  if (saved.ok) await saveSettings({ lastRegion: saved.value.region }, clock);
  return saved;
}

/** Checks and stores changes to the spasm `stored`. */
export async function saveEpisodeChanges(
  stored: Episode,
  draft: EpisodeDraft,
  units: Units,
  choices: readonly ActivityChoice[],
): Promise<Saved> {
  const clock = systemClock();
  const checked = await checkDraft(draft, units, choices, clock);
  if (!checked.ok) return checked;
  const changes = keepUnchanged(checked.value, draft, stored, units, toLocal);
  return episodeRepository.update(stored.id, changes, clock);
}

/** Soft-deletes a just-logged spasm and says so. */
export async function undoLog(id: string): Promise<boolean> {
  const removed = await episodeRepository.softDelete(id);
  showToast({
    text: removed.ok ? 'Spasm removed' : 'That spasm could not be removed. Try again.',
  });
  return removed.ok;
}
