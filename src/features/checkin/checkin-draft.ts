import type { Checkin, MorningResponse } from '../../domain/episodes';
import type { FieldErrors } from '../../domain/common';
import type { CheckinInput } from '../../data/checkin-queries';

/** The check-in form as it is being filled in. */
export type CheckinDraft = {
  backPain: number | undefined;
  activityIds: string[];
  morningAfterSession: MorningResponse | undefined;
  notes: string;
};

/** The form's starting point: the stored check-in of the day, or nothing chosen. */
export function draftFrom(stored: Checkin | null): CheckinDraft {
  return {
    backPain: stored?.backPain,
    activityIds: stored ? [...stored.activityIds] : [],
    morningAfterSession: stored?.morningAfterSession,
    notes: stored?.notes ?? '',
  };
}

export const PAIN_MISSING = 'Choose how your back is today, from 0 to 10';

/**
 * The record to save, or the message for a missing pain score (the domain's own message is
 * about whole numbers; a person who skipped the tiles needs to hear what to do instead).
 */
export function draftToInput(
  draft: CheckinDraft,
  day: string,
): { ok: true; value: CheckinInput } | { ok: false; errors: FieldErrors } {
  if (draft.backPain === undefined) return { ok: false, errors: { backPain: PAIN_MISSING } };
  const notes = draft.notes.trim();
  return {
    ok: true,
    value: {
      day,
      backPain: draft.backPain,
      activityIds: draft.activityIds,
      ...(draft.morningAfterSession ? { morningAfterSession: draft.morningAfterSession } : {}),
      ...(notes ? { notes } : {}),
    },
  };
}
