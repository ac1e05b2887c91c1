import { checkBelief, type Belief } from '../../domain/guide';
import type { Clock, FieldErrors, Validation } from '../../domain/common';
import { systemClock } from '../../data/clock';
import { beliefRepository } from '../../data/repositories';
import { showToast } from '../../ui/toast';

/** The journal form as typed: every field text, '' when empty. */
export type BeliefDraft = {
  belief: string;
  situation: string;
  strength: string;
  evidenceFor: string;
  evidenceAgainst: string;
  alternative: string;
};

export const emptyBeliefDraft = (): BeliefDraft => ({
  belief: '',
  situation: '',
  strength: '',
  evidenceFor: '',
  evidenceAgainst: '',
  alternative: '',
});

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** A typed 0-100 strength as a number; NaN (refused by the schema) when not a number. */
export function parseStrength(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

const blankStrength: FieldErrors = { strength: 'Enter how strongly you believe it, from 0 to 100' };

function toBelief(draft: BeliefDraft, clock: Clock): Validation<Belief> {
  const checked = checkBelief(
    {
      id: 'draft',
      createdAt: clock.now,
      updatedAt: clock.now,
      belief: draft.belief,
      situation: optional(draft.situation),
      strength: parseStrength(draft.strength),
      evidenceFor: optional(draft.evidenceFor),
      evidenceAgainst: optional(draft.evidenceAgainst),
      alternative: optional(draft.alternative),
      reRatings: [],
    },
    clock,
  );
  if (draft.strength.trim() !== '' || checked.ok) return checked;
  return { ok: false, errors: { ...checked.errors, ...blankStrength } };
}

/** Checks and stores a new journal entry. */
export async function addBelief(draft: BeliefDraft): Promise<Validation<Belief>> {
  const clock = systemClock();
  const checked = toBelief(draft, clock);
  if (!checked.ok) return checked;
  const { belief, situation, strength, evidenceFor, evidenceAgainst, alternative } = checked.value;
  const fields = { belief, situation, strength, evidenceFor, evidenceAgainst, alternative };
  return beliefRepository.add({ ...fields, reRatings: [] }, clock);
}

/** Adds a re-rating, now, to the entry; the earlier ratings stay as its history. */
export async function reRate(entry: Belief, strengthText: string): Promise<FieldErrors | null> {
  if (strengthText.trim() === '') return blankStrength;
  const clock = systemClock();
  const strength = parseStrength(strengthText);
  const saved = await beliefRepository.update(
    entry.id,
    { reRatings: [...entry.reRatings, { on: clock.now, strength }] },
    clock,
  );
  if (saved.ok) return null;
  // The schema names the new re-rating by its index; the form has one field.
  const message = Object.entries(saved.errors).find(([key]) => key.startsWith('reRatings'))?.[1];
  return { strength: message ?? Object.values(saved.errors)[0] ?? 'This could not be saved.' };
}

/** Soft-deletes an entry and offers Undo; resolves to whether it was removed. */
export async function deleteBelief(entry: Belief): Promise<boolean> {
  const removed = await beliefRepository.softDelete(entry.id);
  if (!removed.ok) {
    showToast({ text: 'That entry could not be deleted. Try again.' });
    return false;
  }
  showToast({
    text: 'Journal entry deleted',
    action: { label: 'Undo', run: () => beliefRepository.restore(entry.id) },
  });
  return true;
}
