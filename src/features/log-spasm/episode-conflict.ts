import { mergeFields, type FieldMerge } from '../../domain/common';
import type { Episode } from '../../domain/episodes';
import type { CheckedEpisode } from './save-episode';

/** Each answer of a spasm in words, for "Both tabs changed how bad it was and notes". */
const answerWords: Record<string, string> = {
  startedAt: 'when it started',
  endedAt: 'when it eased',
  severity: 'how bad it was',
  region: 'where it was',
  side: 'which side',
  activityId: 'what you were doing',
  movement: 'the movement',
  loadKg: 'the load',
  easedBy: 'what eased it',
  couldMove: 'whether you could move',
  notes: 'notes',
};

/** The answers named in words, in the form's order. */
export function clashWords(fields: readonly string[]): string[] {
  return Object.keys(answerWords)
    .filter((key) => fields.includes(key))
    .map((key) => answerWords[key] ?? key);
}

// Stands for an "Add your own" activity not stored yet, so the merge sees it as a change.
const NEW_ACTIVITY = '\u0000new-activity';

/**
 * This tab's edit and the other tab's, both made from `base`, combined answer by answer
 * (docs/architecture.md, concurrent edits): ok when they changed different answers, otherwise the
 * answers both changed differently.
 */
export function mergeEpisodeEdits(
  base: Episode,
  theirs: Episode,
  edit: CheckedEpisode,
): FieldMerge<CheckedEpisode> {
  const mine = {
    ...base,
    ...edit.fields,
    activityId: edit.newActivity === undefined ? edit.fields.activityId : NEW_ACTIVITY,
  };
  const merged = mergeFields<Episode>(base, mine, theirs);
  if (!merged.ok) return merged;
  const fields = { ...(merged.value as CheckedEpisode['fields']) };
  if (fields.activityId !== NEW_ACTIVITY) return { ok: true, value: { fields } };
  return {
    ok: true,
    value: {
      fields: { ...fields, activityId: undefined },
      ...(edit.newActivity === undefined ? {} : { newActivity: edit.newActivity }),
    },
  };
}
