import { morningResponses, type Checkin, type MorningResponse } from '../../domain/episodes';
import type { FieldErrors } from '../../domain/common';
import type { CheckinInput } from '../../data/episodes/checkin-queries';
import { tabDraft } from '../../ui/form-kit/tab-draft';

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

const isPain = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;

/** A stored check-in draft if it still makes sense, else null (storage is a boundary). */
export function parseCheckinDraft(value: unknown): CheckinDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { backPain, activityIds, morningAfterSession, notes } = value as Record<string, unknown>;
  if (typeof notes !== 'string') return null;
  if (!Array.isArray(activityIds) || !activityIds.every((id) => typeof id === 'string')) {
    return null;
  }
  return {
    backPain: isPain(backPain) ? backPain : undefined,
    activityIds: [...new Set<string>(activityIds)],
    morningAfterSession: morningResponses.find((response) => response === morningAfterSession),
    notes,
  };
}

/** This tab's unsaved check-in of `day`. */
export const checkinDraftOf = (day: string) => tabDraft(`checkin:${day}`, parseCheckinDraft);
