import type { Table } from 'dexie';
import type { z } from 'zod/mini';
import { FORM_ERROR_KEY, type Clock, type Validation } from '../domain/common';
import { systemClock } from './clock';
import { storageFailure } from './storage-errors';

type Meta = { id: string; createdAt: string; updatedAt: string; deletedAt?: string | undefined };

/** What a caller supplies for a new record: everything but the bookkeeping fields. */
export type NewRecord<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** Stored records split into those that pass the schema and a count of those that don't. */
export type ReadResult<T> = { records: T[]; unreadable: number };

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

/**
 * Validated writes for one table: every write is checked with the domain's `check` (schema plus
 * time rules) before anything touches IndexedDB, so a failed write leaves nothing half-written.
 */
export function createRepository<T extends Meta>(
  table: () => Table<T, string>,
  schema: z.ZodMiniType<T>,
  check: Check<T>,
) {
  async function write(record: unknown, clock: Clock): Promise<Validation<T>> {
    const checked = check(record, clock);
    if (!checked.ok) return checked;
    try {
      await table().put(checked.value);
      return checked;
    } catch (error) {
      return { ok: false, errors: storageFailure(error) };
    }
  }

  async function change(
    id: string,
    patch: (current: T) => Record<string, unknown>,
    clock: Clock,
  ): Promise<Validation<T>> {
    const current = await table().get(id);
    if (!current) return notFound();
    return write({ ...current, ...patch(current), updatedAt: clock.now }, clock);
  }

  return {
    /** Adds a new record with a fresh id; returns the stored record or messages per field. */
    add(input: NewRecord<T>, clock: Clock = systemClock()) {
      const record = {
        ...input,
        id: crypto.randomUUID(),
        createdAt: clock.now,
        updatedAt: clock.now,
      };
      return write(record, clock);
    },
    /** Applies `changes` to a stored record (validated as a whole before it is written). */
    update(id: string, changes: Partial<NewRecord<T>>, clock: Clock = systemClock()) {
      return change(id, () => changes, clock);
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
