import * as z from 'zod/mini';

/** Formats a count the way the messages show it: 1000 -> "1,000". */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const withoutArticle = (label: string): string => label.replace(/^(a|an|the|your) /i, '');

/** A record id: non-empty text up to 64 characters (records use crypto UUIDs). */
export const idSchema = z
  .string({ error: 'The id must be text' })
  .check(
    z.minLength(1, { error: 'The id is missing' }),
    z.maxLength(64, { error: 'The id can be at most 64 characters' }),
  );

/** An ISO instant in UTC ending in "Z", with `label` named in the message. */
export function instantSchemaFor(label: string) {
  return z.iso.datetime({ error: `${label} must be a valid date and time` });
}

/** An ISO instant in UTC, such as "2026-11-25T08:30:00.000Z". */
export const instantSchema = instantSchemaFor('The time');

/** A real calendar day written 'YYYY-MM-DD', with `label` named in the message. */
export function daySchemaFor(label: string) {
  return z.iso.date({ error: `${label} must be a valid date` });
}

/** A real calendar day written 'YYYY-MM-DD' (2026-02-30 is rejected). */
export const daySchema = daySchemaFor('The date');

/** A whole number from `min` to `max` inclusive; every failure says so, naming `label`. */
export function wholeNumberSchema(label: string, min: number, max: number, unit = '') {
  const error = `${label} must be a whole number${unit} from ${formatCount(min)} to ${formatCount(max)}`;
  return z.int({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }));
}

/** A 0-10 numeric rating scale score (whole numbers only). */
export function painScoreSchema(label: string) {
  return wholeNumberSchema(label, 0, 10);
}

/** Optional free text: trimmed, then at most `max` characters; empty is allowed. */
export function textSchema(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .check(
      z.trim(),
      z.maxLength(max, { error: `${label} can be at most ${formatCount(max)} characters` }),
    );
}

/**
 * Required text: trimmed, then 1 to `max` characters. `label` is what to enter, with its article
 * ("a name"), so a blank value gets "Enter a name" and a long one "Name can be at most 60 characters".
 */
export function requiredTextSchema(label: string, max: number) {
  const noun = capitalise(withoutArticle(label));
  return z
    .string({ error: `Enter ${label}` })
    .check(
      z.trim(),
      z.minLength(1, { error: `Enter ${label}` }),
      z.maxLength(max, { error: `${noun} can be at most ${formatCount(max)} characters` }),
    );
}

/** A carried or lifted load in kilograms: 0 to 500 kg. */
export const loadKgSchema = z
  .number({ error: 'Load must be a number of kilograms' })
  .check(
    z.minimum(0, { error: "Load can't be negative" }),
    z.maximum(500, { error: 'Load must be 500 kg or less' }),
  );

/** Fields every stored record carries; spread into each object schema. */
/**
 * How many times a record has been saved: every save raises it by one, so a save based on an
 * older copy (another tab's) is noticed instead of overwriting it. Optional because backups made
 * before revisions existed have none; the data layer gives every stored record one.
 */
export const revisionSchema = wholeNumberSchema('The revision', 0, Number.MAX_SAFE_INTEGER);

export const recordMetaShape = {
  id: idSchema,
  createdAt: instantSchemaFor('Created time'),
  updatedAt: instantSchemaFor('Updated time'),
  deletedAt: z.optional(instantSchemaFor('Deleted time')),
  revision: z.optional(revisionSchema),
};

/** An array with no value listed twice; the message goes on the array's own path. */
export function uniqueValues<T>(error: string) {
  return z.refine<readonly T[]>((values) => new Set(values).size === values.length, { error });
}

/**
 * A `when` guard for object-level refinements: run them only when the record is an object and none
 * of `keys` failed, so cross-field messages still appear next to other fields' messages.
 */
export function whenFieldsValid(...keys: string[]) {
  return (payload: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !payload.issues.some((issue) => {
      const first = issue.path?.[0];
      return first === undefined || keys.includes(String(first));
    });
}

/** The message used when the input is not a record object at all. */
export const notARecord = (thing: string) => ({
  error: `This ${thing} is not in the expected format`,
});
