// Exhaustiveness checks (docs/testing.md): each export, form and view of a record says, for every
// field of the record's schema, where it shows that field or why it leaves it out. The maps are
// checked twice: `satisfies FieldCoverage<...>` fails to compile when the schema's type gains a
// field, and coverageGaps compares the map with the zod schema's own keys at run time.

/** Why a view or export has no place for a field. */
export type LeftOut = { leftOut: string };

/** For every field of `T`: where it is shown (`Shown`), or why it is left out. */
export type FieldCoverage<T, Shown> = Record<keyof T, Shown | LeftOut>;

/** The bookkeeping fields every record has: backups carry them, no reader needs them. */
export const bookkeeping = {
  id: { leftOut: 'bookkeeping' },
  createdAt: { leftOut: 'bookkeeping' },
  updatedAt: { leftOut: 'bookkeeping' },
  revision: { leftOut: 'bookkeeping' },
} as const;

/** The keys of a zod object schema: the fields a stored record may have. */
export function schemaFields(schema: unknown): string[] {
  const { def } = (schema as { _zod: { def: { shape?: Record<string, unknown> } } })._zod;
  if (def.shape === undefined) throw new Error('schemaFields: not an object schema');
  return Object.keys(def.shape);
}

/**
 * '' when `coverage` places exactly the schema's fields; otherwise a message naming each field it
 * forgets and each it names that the schema doesn't have.
 */
export function coverageGaps(schema: unknown, coverage: object, where: string): string {
  const fields = schemaFields(schema);
  const placed = Object.keys(coverage);
  const missing = fields.filter((field) => !placed.includes(field));
  const unknown = placed.filter((field) => !fields.includes(field));
  return [
    ...missing.map((field) => `${where} forgets the field "${field}": show it or say why not`),
    ...unknown.map((field) => `${where} names "${field}", which the schema does not have`),
  ].join('\n');
}

/** The fields `coverage` shows, with where. */
export function shownFields<Shown>(
  coverage: Record<string, Shown | LeftOut>,
): [field: string, shown: Shown][] {
  return Object.entries(coverage).filter(
    (entry): entry is [string, Shown] =>
      typeof entry[1] !== 'object' || entry[1] === null || !('leftOut' in entry[1]),
  );
}
