/**
 * Three-way merge of one record edited in two places (two tabs) from the same starting copy.
 * Pure: plain objects in, plain objects out. See docs/architecture.md (concurrent edits).
 */

/** The bookkeeping fields of a stored record: never merged, the store sets them. */
export const RECORD_META_KEYS = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'revision'] as const;

export type FieldMerge<T> = { ok: true; value: T } | { ok: false; conflicts: string[] };

/** Structural equality for stored values (JSON-like: text, numbers, booleans, lists, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Combines `mine` and `theirs`, both edited from `base`, field by field: a field changed on one
 * side only takes that side's value; a field changed on both sides to the same value keeps it.
 * Invariant: ok only when no field was changed on both sides to different values; otherwise
 * `conflicts` names every such field (sorted) and nothing is combined. Meta fields are skipped:
 * the result has none of them (the store adds its own).
 */
export function mergeFields<T extends object>(
  base: Partial<T>,
  mine: T,
  theirs: T,
): FieldMerge<Partial<T>> {
  const meta = new Set<string>(RECORD_META_KEYS);
  const at = (record: object, key: string) => (record as Record<string, unknown>)[key];
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  const merged: Record<string, unknown> = {};
  const conflicts: string[] = [];
  for (const key of keys) {
    if (meta.has(key)) continue;
    const was = at(base, key);
    const ours = at(mine, key);
    const other = at(theirs, key);
    let value: unknown;
    if (sameValue(ours, was)) value = other;
    else if (sameValue(other, was) || sameValue(ours, other)) value = ours;
    else {
      conflicts.push(key);
      continue;
    }
    if (value !== undefined) merged[key] = value;
  }
  if (conflicts.length > 0) return { ok: false, conflicts: conflicts.sort() };
  return { ok: true, value: merged as Partial<T> };
}

/** The revision of a stored record; records stored before revisions existed count as 0. */
export function revisionOf(record: { revision?: number | undefined } | null | undefined): number {
  return record?.revision ?? 0;
}
