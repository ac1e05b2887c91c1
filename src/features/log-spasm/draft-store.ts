import { parseDraft, type EpisodeDraft } from '../../domain/logging';
import { tabDraft } from '../../ui/form-kit/tab-draft';

// Storage is a boundary: a draft written by an older version, or edited by hand, is dropped
// rather than trusted.
const parse = (value: unknown) => parseDraft(value) ?? null;

/**
 * This tab's unsaved "Log a spasm" form: a spasm half-logged when the page reloads (an update,
 * the phone dropping the page) is still there, and two tabs never share or overwrite one
 * (docs/decisions/form-kit-tab-drafts.md).
 */
export const newEpisodeDraft = tabDraft<EpisodeDraft>('episode-new', parse);

/** This tab's unsaved changes to the logged spasm `id`. */
export const episodeEditDraft = (id: string) => tabDraft<EpisodeDraft>(`episode-edit:${id}`, parse);
