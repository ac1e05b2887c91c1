import type * as z from 'zod/mini';

/** Messages keyed by dotted field path ("severity", "exercises.0.sets"); "_form" for the whole record. */
export type FieldErrors = Record<string, string>;

/** The result of checking input: either the parsed value or one message per field. */
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * The time a check runs at. `now` is an ISO instant in UTC (ending in "Z"); `today` is the
 * person's local calendar day as 'YYYY-MM-DD'. The domain never reads the clock itself.
 */
export type Clock = { now: string; today: string };

/** The key used for errors that belong to the whole record rather than one field. */
export const FORM_ERROR_KEY = '_form';

/** Turns an issue path into a dotted key; an empty path becomes "_form". */
export function pathKey(path: readonly PropertyKey[] | undefined): string {
  if (path === undefined || path.length === 0) return FORM_ERROR_KEY;
  return path
    .map((part) => (typeof part === 'symbol' ? (part.description ?? '') : String(part)))
    .join('.');
}

/** Keeps the first message for each path, in the order zod reported them. */
export function toFieldErrors(
  issues: readonly { path?: readonly PropertyKey[]; message: string }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** Adds `extra` messages to `base` without replacing a message already there for the same path. */
export function mergeErrors(base: FieldErrors, extra: FieldErrors): FieldErrors {
  const merged: FieldErrors = { ...base };
  for (const [key, message] of Object.entries(extra)) {
    if (!(key in merged)) merged[key] = message;
  }
  return merged;
}

/**
 * Parses `input` with `schema`. Invariant: `ok` is true exactly when the schema accepts the input,
 * and then `value` is the parsed (possibly trimmed) value; otherwise every failing path has one message.
 */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Validation<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: toFieldErrors(result.error.issues) };
}
