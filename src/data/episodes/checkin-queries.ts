import { useLiveQuery } from 'dexie-react-hooks';
import { checkCheckin, checkinSchema, type Checkin } from '../../domain/episodes';
import { revisionOf, type Clock } from '../../domain/common';
import { systemClock } from '../clock';
import { db } from '../db';
import { dexieReads } from '../dexie-reads';
import { useLiveRead } from '../live-read';
import { conflictWith, putChecked, stamped, type Saved } from '../repository';
import { readWholeTable } from '../whole-table';
import { storageFailure } from '../storage-errors';
import { readHadSessionOn } from '../plan/plan-reads';
import { readCheckinOn } from './checkin-reads';

/** What the check-in form supplies: everything but the bookkeeping fields. */
export type CheckinInput = Omit<
  Checkin,
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'revision'
>;

/**
 * Live list of every check-in not deleted, by day: the whole table.
 * For Patterns, whose trigger analysis legitimately compares every day of the diary (3,650 after
 * ten years); IndexedDB returns whole records, so it cannot read fewer fields. Today reads one day
 * (readCheckinOn) and counts the rest (countCheckinDays). Undefined while loading.
 */
export function useCheckins() {
  return useLiveQuery(() =>
    readWholeTable('checkins', checkinSchema, (a: Checkin, b) => a.day.localeCompare(b.day)),
  );
}

/** The check-in of `day` ('YYYY-MM-DD'), live; null when there is none, undefined while loading. */
export function useCheckinOn(day: string) {
  return useLiveRead(() => readCheckinOn(dexieReads, day), [day]);
}

/** Whether an exercise session (not deleted) was recorded on `day`; undefined while loading. */
export function useHadSessionOn(day: string) {
  return useLiveRead(() => readHadSessionOn(dexieReads, day), [day]);
}

/**
 * Saves the check-in of `input.day`: one per day (the unique `day` index), so a day already
 * checked in is updated in place, keeping its id and createdAt, and a soft-deleted one is
 * restored. Validated as a whole before anything is written; the read and write share a
 * transaction so two tabs can't both add one. With `expectedRevision` (the revision of the
 * check-in the form opened with, 0 for none), a check-in another tab saved since is not
 * overwritten: the result is a conflict holding it, and nothing is written.
 */
export async function saveCheckin(
  input: CheckinInput,
  clock: Clock = systemClock(),
  options: { expectedRevision?: number } = {},
): Promise<Saved<Checkin>> {
  try {
    return await db.transaction('rw', db.checkins, async (): Promise<Saved<Checkin>> => {
      const existing = await db.checkins.where('day').equals(input.day).first();
      const live = existing?.deletedAt === undefined ? existing : undefined;
      const { expectedRevision } = options;
      if (expectedRevision !== undefined && revisionOf(live) !== expectedRevision) {
        const parsed = checkinSchema.safeParse(live);
        return conflictWith(parsed.success ? parsed.data : null);
      }
      return putChecked(db.checkins, checkCheckin, stamped(input, existing, clock), clock);
    });
  } catch (error) {
    return { ok: false, errors: storageFailure(error) };
  }
}
