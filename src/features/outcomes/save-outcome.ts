import { checkOutcome, type Outcome } from '../../domain/guide';
import type { FieldErrors } from '../../domain/common';
import { systemClock } from '../../data/clock';
import { outcomeRepository } from '../../data/repositories';

/** The weekly rating as chosen: tile values, '' until chosen; one rating per activity, in order. */
export type OutcomeDraft = { backPain: string; ratings: string[] };

const score = (text: string) => (text === '' ? Number.NaN : Number(text));

/**
 * Stores the rating of the week starting `weekOf`, replacing the one already stored for that week
 * (one per week: the weekOf index is unique). Resolves to messages per field, or null once saved.
 */
export async function saveOutcome(
  weekOf: string,
  activities: readonly string[],
  draft: OutcomeDraft,
  existing: Outcome | null,
): Promise<FieldErrors | null> {
  const blank: FieldErrors = {};
  if (draft.backPain === '') blank.backPain = 'Choose how bad your back was, from 0 to 10';
  activities.forEach((_, i) => {
    if ((draft.ratings[i] ?? '') === '') {
      blank[`activityRatings.${i}.rating`] = 'Choose a rating from 0 to 10';
    }
  });
  if (Object.keys(blank).length > 0) return blank;
  const clock = systemClock();
  const fields = {
    weekOf,
    backPain: score(draft.backPain),
    activityRatings: activities.map((activity, i) => ({
      activity,
      rating: score(draft.ratings[i] ?? ''),
    })),
  };
  const checked = checkOutcome(
    { ...fields, id: 'draft', createdAt: clock.now, updatedAt: clock.now },
    clock,
  );
  if (!checked.ok) return checked.errors;
  const saved = existing
    ? await outcomeRepository.update(existing.id, fields, clock)
    : await outcomeRepository.add(fields, clock);
  if (!saved.ok) return saved.errors;
  // The week's slot may hold a deleted rating (from a merged backup): a new rating revives it.
  if (existing?.deletedAt !== undefined) await outcomeRepository.restore(existing.id, clock);
  return null;
}
