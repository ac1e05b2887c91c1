/**
 * Parsers for drafts whose values are plain text, as most forms' are: storage is a boundary, so
 * a draft of another shape (an older version's, or edited by hand) is dropped, not trusted.
 */
export function textDraft<K extends string>(keys: readonly K[]) {
  return (value: unknown): Record<K, string> | null => {
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const draft = {} as Record<K, string>;
    for (const key of keys) {
      const text = record[key];
      if (typeof text !== 'string') return null;
      draft[key] = text;
    }
    return draft;
  };
}

/** A list of text values (one per row of a form), or null. */
export function textListDraft(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? [...value]
    : null;
}
