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
import { revisionOf, type Clock, type Validation } from '../../domain/common';
import { systemClock } from '../../data/clock';
import { writeWithNewActivity } from '../../data/episodes/episode-writes';
import { episodeRepository } from '../../data/repositories';
import type { Saved as SavedRecord } from '../../data/repository';
import { saveSettings } from '../../data/settings/settings-queries';
import { showToast } from '../../ui/toast';
import { toInstant, toLocal } from './local-time';

type Saved = SavedRecord<Episode>;

/**
 * The spasm as this form would store it: its fields and, when "Add your own" names an activity
 * not listed yet, that name (stored with the spasm, in the same transaction, so a refused spasm
 * never leaves a stray activity behind). A name already listed reuses that activity.
 */
export type CheckedEpisode = { fields: NewEpisode; newActivity?: string };

function checkDraft(
  draft: EpisodeDraft,
  units: Units,
  choices: readonly ActivityChoice[],
  clock: Clock,
): Validation<CheckedEpisode> {
  const checked = draftToEpisode(draft, clock, units, toInstant);
  if (!checked.ok) return checked;
  const name = newActivityName(draft);
  if (name === undefined) return { ok: true, value: { fields: checked.value } };
  const existing = findActivityByName(name, choices);
  if (existing)
    return { ok: true, value: { fields: { ...checked.value, activityId: existing.id } } };
  return { ok: true, value: { fields: checked.value, newActivity: name } };
}

/** Checks and stores a new spasm; remembers its region for next time. */
export async function saveNewEpisode(
  draft: EpisodeDraft,
  units: Units,
  choices: readonly ActivityChoice[],
): Promise<Saved> {
  const clock = systemClock();
  const checked = checkDraft(draft, units, choices, clock);
  if (!checked.ok) return checked;
  const { fields, newActivity } = checked.value;
  const saved = await writeWithNewActivity(newActivity, clock, (activityId) =>
    episodeRepository.add({ ...fields, activityId: activityId ?? fields.activityId }, clock),
  );
  // The region only prefills the next form; a failure here must not undo a saved spasm.
  if (saved.ok) await saveSettings({ lastRegion: saved.value.region }, clock);
  return saved;
}

/**
 * The edit of the spasm `base` (as the form opened it) that `draft` makes: every field, with the
 * times and load the person left alone kept exactly as stored.
 */
export function checkEdit(
  base: Episode,
  draft: EpisodeDraft,
  units: Units,
  choices: readonly ActivityChoice[],
): Validation<CheckedEpisode> {
  const checked = checkDraft(draft, units, choices, systemClock());
  if (!checked.ok) return checked;
  const fields = keepUnchanged(checked.value.fields, draft, base, units, toLocal);
  return { ok: true, value: { ...checked.value, fields } };
}

/**
 * Writes `edit` as the whole of the spasm now stored as `over`, if it is still at that revision
 * (otherwise a conflict, and nothing is written).
 */
export function writeEdit(over: Episode, edit: CheckedEpisode): Promise<Saved> {
  const clock = systemClock();
  const { fields, newActivity } = edit;
  return writeWithNewActivity(newActivity, clock, (activityId) =>
    episodeRepository.update(
      over.id,
      { ...fields, activityId: activityId ?? fields.activityId },
      clock,
      { expectedRevision: revisionOf(over), replace: true },
    ),
  );
}

/**
 * Checks and stores changes to the spasm `base`, the copy the form opened with. When another tab
 * saved it since, nothing is written and the result is a conflict holding its current copy.
 */
export async function saveEpisodeChanges(
  base: Episode,
  draft: EpisodeDraft,
  units: Units,
  choices: readonly ActivityChoice[],
): Promise<Saved> {
  const edit = checkEdit(base, draft, units, choices);
  if (!edit.ok) return edit;
  return writeEdit(base, edit.value);
}

/** Soft-deletes a just-logged spasm and says so. */
export async function undoLog(id: string): Promise<boolean> {
  const removed = await episodeRepository.softDelete(id);
  showToast({
    text: removed.ok ? 'Spasm removed' : 'That spasm could not be removed. Try again.',
  });
  return removed.ok;
}
