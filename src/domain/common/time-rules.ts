import type * as z from 'zod/mini';
import { daySchema, instantSchema } from './common';
import { mergeErrors, validate } from './validation';
import type { Clock, FieldErrors, Validation } from './validation';

/** How far ahead of `clock.now` an instant may be before it counts as "in the future". */
export const CLOCK_SKEW_MS = 60_000;

/** True when `instant` is more than one minute (clock skew) after `now`. */
export function isFutureInstant(instant: string, now: string): boolean {
  return Date.parse(instant) > Date.parse(now) + CLOCK_SKEW_MS;
}

/** True when calendar day `day` comes after `today` (both 'YYYY-MM-DD'). */
export function isFutureDay(day: string, today: string): boolean {
  return day > today;
}

/** True when instant `later` is strictly after instant `earlier`. */
export function isAfter(later: string, earlier: string): boolean {
  return Date.parse(later) > Date.parse(earlier);
}

/**
 * "Not in the future" rule for one field. `path` is dotted and may use "*" for every array item,
 * e.g. "doseChanges.*.on".
 */
export type TimeRule = { path: string; kind: 'instant' | 'day'; message: string };

function valuesAt(input: unknown, parts: readonly string[], prefix: string[]): [string, unknown][] {
  const [head, ...rest] = parts;
  if (head === undefined) return [[prefix.join('.'), input]];
  if (typeof input !== 'object' || input === null) return [];
  if (head === '*') {
    if (!Array.isArray(input)) return [];
    return input.flatMap((item: unknown, index) =>
      valuesAt(item, rest, [...prefix, String(index)]),
    );
  }
  if (!Object.hasOwn(input, head)) return [];
  return valuesAt((input as Record<string, unknown>)[head], rest, [...prefix, head]);
}

/**
 * Messages for every well-formed time in `input` that lies in the future. Malformed or missing
 * values are left to the schema, so each field gets at most one message.
 */
export function futureTimeErrors(
  input: unknown,
  rules: readonly TimeRule[],
  clock: Clock,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const rule of rules) {
    for (const [key, value] of valuesAt(input, rule.path.split('.'), [])) {
      if (rule.kind === 'instant' && instantSchema.safeParse(value).success) {
        if (isFutureInstant(value as string, clock.now)) errors[key] ??= rule.message;
      }
      if (rule.kind === 'day' && daySchema.safeParse(value).success) {
        if (isFutureDay(value as string, clock.today)) errors[key] ??= rule.message;
      }
    }
  }
  return errors;
}

/**
 * Runs `schema` and the "not in the future" `rules` together. Invariant: ok only when both pass;
 * otherwise the schema's messages come first and time messages fill in the remaining fields.
 */
export function checkRecord<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  clock: Clock,
  rules: readonly TimeRule[] = [],
): Validation<T> {
  const parsed = validate(schema, input);
  const timeErrors = futureTimeErrors(input, rules, clock);
  if (parsed.ok && Object.keys(timeErrors).length === 0) return parsed;
  return { ok: false, errors: mergeErrors(parsed.ok ? {} : parsed.errors, timeErrors) };
}
