import { textListDraft } from '../../ui/form-kit/draft-parsers';
import { tabDraft } from '../../ui/form-kit/tab-draft';
import type { OutcomeDraft } from './save-outcome';

/** A stored weekly-rating draft if it still makes sense, else null (storage is a boundary). */
function parseOutcomeDraft(value: unknown): OutcomeDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { backPain, ratings } = value as Record<string, unknown>;
  const list = textListDraft(ratings);
  return typeof backPain === 'string' && list ? { backPain, ratings: list } : null;
}

/** This tab's unsaved rating of the week starting `weekOf` (per tab, kept through a reload). */
export const outcomeDraftOf = (weekOf: string) => tabDraft(`outcome:${weekOf}`, parseOutcomeDraft);
