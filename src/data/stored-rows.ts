import type { z } from 'zod/mini';
import type { ReadResult } from './repository';

// The shape guard of the read path (docs/decisions/0210-shape-guard-on-read.md).
// Every record is validated in full by its zod schema when it is written (./repository) and when
// a backup is restored (./backup): refinements, formats, ranges, cross-field rules. Reading ten
// years back through the same schemas cost 40-170 ms per screen open on this machine (13,000
// exercise sets), so a read checks what is cheap and what the code relies on: each field's type,
// enum values, whole numbers, number ranges and lengths, array items, nested objects; not string
// formats (instants, days) nor cross-field rules (an end after its start). A row that fails it
// (edited by hand, written by a broken build) is skipped and counted, never deleted, as
// parseRows does; it cannot crash the screen.

type Guard = (value: unknown) => boolean;

/** The parts of zod's schema definition the guard reads (zod/v4/core's `_zod.def`). */
type Def = {
  type: string;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, unknown>;
  values?: unknown[];
  options?: Schema[];
  valueType?: Schema;
};
type Schema = { _zod: { def: Def } };
type CheckDef = {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
};

const anything: Guard = () => true;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A schema's bounds (number ranges, lengths); formats and refinements are left out. */
function boundsOf(def: Def): Guard[] {
  return (def.checks ?? []).flatMap(({ _zod: { def: check } }): Guard[] => {
    const { value, inclusive = false, minimum, maximum } = check;
    switch (check.check) {
      case 'greater_than':
        return [
          (n) =>
            inclusive ? (n as number) >= (value as number) : (n as number) > (value as number),
        ];
      case 'less_than':
        return [
          (n) =>
            inclusive ? (n as number) <= (value as number) : (n as number) < (value as number),
        ];
      case 'min_length':
        return [(v) => (v as { length: number }).length >= (minimum ?? 0)];
      case 'max_length':
        return [(v) => (v as { length: number }).length <= (maximum ?? Infinity)];
      default:
        return [];
    }
  });
}

/** The schema's check without its formats and refinements; unknown kinds accept anything. */
function compile(schema: Schema): Guard {
  const def = schema._zod.def;
  const kind = kindOf(def);
  const bounds = boundsOf(def);
  if (bounds.length === 0) return kind;
  return (value) => kind(value) && bounds.every((bound) => bound(value));
}

function kindOf(def: Def): Guard {
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      // z.int() is a number of format 'safeint'.
      return def.format?.endsWith('int')
        ? (value) => Number.isSafeInteger(value)
        : (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value) => allowed.has(value);
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return (value) => allowed.has(value);
    }
    case 'optional': {
      const inner = def.innerType ? compile(def.innerType) : anything;
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = def.innerType ? compile(def.innerType) : anything;
      return (value) => value === null || inner(value);
    }
    case 'array': {
      const item = def.element ? compile(def.element) : anything;
      return (value) => Array.isArray(value) && value.every(item);
    }
    case 'union': {
      const options = (def.options ?? []).map(compile);
      return (value) => options.some((option) => option(value));
    }
    case 'record': {
      const item = def.valueType ? compile(def.valueType) : anything;
      return (value) => isObject(value) && Object.values(value).every(item);
    }
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => ({
        key,
        check: compile(field),
      }));
      return (value) => isObject(value) && fields.every(({ key, check }) => check(value[key]));
    }
    default:
      return anything;
  }
}

const guards = new WeakMap<object, Guard>();

/** The schema's shape guard, compiled once. */
function guardOf(schema: z.ZodMiniType): Guard {
  let guard = guards.get(schema);
  if (guard === undefined) {
    guard = compile(schema);
    guards.set(schema, guard);
  }
  return guard;
}

/** Whether a stored row has the shape of `schema`'s records (types only, see above). */
export function hasShape<T>(schema: z.ZodMiniType<T>, row: unknown): row is T {
  return guardOf(schema)(row);
}

/**
 * Stored rows as records: those with the schema's shape, and a count of those without. The read
 * path's parseRows (./repository), for rows that were validated in full when written.
 */
export function storedRows<T>(schema: z.ZodMiniType<T>, rows: unknown[]): ReadResult<T> {
  const guard = guardOf(schema);
  const records: T[] = [];
  let unreadable = 0;
  for (const row of rows) {
    if (guard(row)) records.push(row as T);
    else unreadable += 1;
  }
  return { records, unreadable };
}

/** One stored row as a record, or undefined when missing or without the schema's shape. */
export function storedRow<T>(schema: z.ZodMiniType<T>, row: unknown): T | undefined {
  return hasShape(schema, row) ? row : undefined;
}
