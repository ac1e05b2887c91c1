import { textDraft } from '../../ui/form-kit/draft-parsers';
import { tabDraft } from '../../ui/form-kit/tab-draft';

/** This tab's unsaved journal entry (per tab, kept through a reload). */
export const beliefDraft = tabDraft(
  'belief:new',
  textDraft(['belief', 'situation', 'strength', 'evidenceFor', 'evidenceAgainst', 'alternative']),
);

/** This tab's unsaved planned experiment. */
export const experimentDraft = tabDraft(
  'experiment:new',
  textDraft(['activity', 'predictedPain', 'plannedFor']),
);

/** This tab's unsaved result of the experiment `id`. */
export const resultDraftOf = (id: string) =>
  tabDraft(`experiment-result:${id}`, textDraft(['actualPain', 'doneOn', 'notes']));

/** This tab's unsaved re-rating of the journal entry `id`. */
export const rerateDraftOf = (id: string) =>
  tabDraft(`belief-rerate:${id}`, textDraft(['strength']));
