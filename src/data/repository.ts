import type { Table } from 'dexie';
import type { z } from 'zod/mini';
import {
  FORM_ERROR_KEY,
  revisionOf,
  type Clock,
  type FieldErrors,
  type Validation,
} from '../domain/common';
import { systemClock } from './clock';
import { storageFailure } from './storage-errors';

type Meta = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string | undefined;
  revision?: number | undefined;
};

/** What a caller supplies for a new record: everything but the bookkeeping fields. */
export type NewRecord<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'revision'>;

/** Stored records split into those that pass the schema and a count of those that don't. */
export type ReadResult<T> = { records: T[]; unreadable: number };

/**
 * A save refused because the record changed since the caller read it (another tab saved it):
 * nothing was written, and `current` is the record as it is now, for the person to choose.
 */
export type Conflict<T> = { ok: false; errors: FieldErrors; conflict: { current: T | null } };

/** The result of a write: the stored record, messages per field, or a conflict. */
export type Saved<T> = Validation<T> | Conflict<T>;

/** Options of a change: the revision it was based on (omitted: change whatever is stored). */
export type ChangeOptions = {
  expectedRevision?: number;
  /** Write exactly `changes` over the bookkeeping fields, dropping fields it doesn't name. */
  replace?: boolean;
};

export const CONFLICT_MESSAGE =
  'This was changed in another tab after you opened it. Nothing was saved: choose what to keep.';

/** The conflict result for a record now stored as `current` (null: no longer there). */
export function conflictWith<T>(current: T | null): Conflict<T> {
  return { ok: false, errors: { [FORM_ERROR_KEY]: CONFLICT_MESSAGE }, conflict: { current } };
}

/** True when a save was refused because of another tab's change. */
export function isConflict<T>(saved: Saved<T>): saved is Conflict<T> {
  return !saved.ok && 'conflict' in saved;
}

type Check<T> = (input: unknown, clock: Clock) => Validation<T>;

/**
 * Reads raw rows back through the schema. A row that no longer validates is never deleted or
 * rewritten (it stays in the database and in backups); it is counted so the UI can say so.
 */
export function parseRows<T>(schema: z.ZodMiniType<T>, rows: unknown[]): ReadResult<T> {
  const records: T[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) records.push(parsed.data);
    else unreadable += 1;
  }
  return { records, unreadable };
}

const notFound = <T>(): Validation<T> => ({
  ok: false,
  errors: {
    [FORM_ERROR_KEY]: 'This record no longer exists: it may have been deleted in another tab.',
  },
});

const metaOf = ({ id, createdAt, deletedAt, revision }: Meta) => ({
  id,
  createdAt,
  revision,
  ...(deletedAt === undefined ? {} : { deletedAt }),
});

/**
 * `fields` stamped as a save over `current` (undefined: a new record): its id and createdAt kept
 * (new ones for a new record), updatedAt now and the revision raised by one. Every write but a
 * backup restore, which keeps each record's own stamps, goes through here (docs/architecture.md
 * §3, stored shapes).
 */
export function stamped<F extends object>(
  fields: F,
  current: Pick<Meta, 'id' | 'createdAt' | 'revision'> | undefined,
  clock: Clock,
) {
  return {
    ...fields,
    id: current?.id ?? crypto.randomUUID(),
    createdAt: current?.createdAt ?? clock.now,
    updatedAt: clock.now,
    revision: revisionOf(current) + 1,
  };
}

/**
 * Checks `record` with the domain's `check` and puts it only when it passes, so a refused write
 * leaves nothing half-written. Storage errors are thrown for the caller's transaction to undo.
 */
export async function putChecked<T>(
  table: Table<T, string>,
  check: Check<T>,
  record: unknown,
  clock: Clock,
): Promise<Validation<T>> {
  const checked = check(record, clock);
  if (checked.ok) await table.put(checked.value);
  return checked;
}

/**
 * Validated writes for one table: every write is checked with the domain's `check` (schema plus
 * time rules) before anything touches IndexedDB, so a failed write leaves nothing half-written.
 * Every write raises the record's revision; a change based on an older revision than the one
 * stored is refused in the same transaction as its read (docs/architecture.md, concurrent edits),
 * so two tabs never overwrite each other silently.
 */
export function createRepository<T extends Meta>(
  table: () => Table<T, string>,
  schema: z.ZodMiniType<T>,
  check: Check<T>,
) {
  async function write(record: unknown, clock: Clock): Promise<Validation<T>> {
    try {
      return await putChecked(table(), check, record, clock);
    } catch (error) {
      return { ok: false, errors: storageFailure(error) };
    }
  }

  async function change(
    id: string,
    patch: (current: T) => Record<string, unknown>,
    clock: Clock,
    options: ChangeOptions = {},
  ): Promise<Saved<T>> {
    const store = table();
    try {
      // Read, compare and write in one transaction: no other tab can save in between.
      return await store.db.transaction('rw', store, async (): Promise<Saved<T>> => {
        const current = await store.get(id);
        const { expectedRevision } = options;
        if (expectedRevision !== undefined && revisionOf(current) !== expectedRevision) {
          const parsed = schema.safeParse(current);
          return conflictWith(parsed.success ? parsed.data : null);
        }
        if (!current) return notFound();
        const base = options.replace ? metaOf(current) : current;
        return write(stamped({ ...base, ...patch(current) }, current, clock), clock);
      });
    } catch (error) {
      return { ok: false, errors: storageFailure(error) };
    }
  }

  return {
    /** Adds a new record with a fresh id; returns the stored record or messages per field. */
    add(input: NewRecord<T>, clock: Clock = systemClock()) {
      return write(stamped(input, undefined, clock), clock);
    },
    /**
     * Applies `changes` to a stored record (validated as a whole before it is written). With
     * `expectedRevision`, refused as a conflict when another tab saved the record since.
     */
    update(
      id: string,
      changes: Partial<NewRecord<T>>,
      clock: Clock = systemClock(),
      options: ChangeOptions = {},
    ) {
      return change(id, () => changes, clock, options);
    },
    /** Marks a record deleted; it stays stored so Undo and backups never lose it. */
    softDelete(id: string, clock: Clock = systemClock()) {
      return change(id, () => ({ deletedAt: clock.now }), clock);
    },
    /** Undoes a soft delete. */
    restore(id: string, clock: Clock = systemClock()) {
      return change(id, () => ({ deletedAt: undefined }), clock);
    },
    /** One record, validated on the way out; undefined when missing or unreadable. */
    async get(id: string): Promise<T | undefined> {
      const row = await table().get(id);
      const parsed = schema.safeParse(row);
      return parsed.success ? parsed.data : undefined;
    },
    /** Every readable record, including soft-deleted ones (backups need them). */
    async all(): Promise<ReadResult<T>> {
      return parseRows(schema, await table().toArray());
    },
  };
}
