import { checkinSchema, type Checkin } from '../../domain/episodes';
import { above, only, type Reads } from '../reads';
import { storedRow } from '../stored-rows';

// Check-in reads over Reads (Today's check-in card, the check-in form).

/** The check-in of `day` ('YYYY-MM-DD'); null when there is none (or it is deleted or unreadable). */
export async function readCheckinOn(reads: Reads, day: string): Promise<Checkin | null> {
  const checkin = storedRow(
    checkinSchema,
    await reads.find('checkins', 'day', 'next', () => true, only(day)),
  );
  return checkin !== undefined && checkin.deletedAt === undefined ? checkin : null;
}

/** Days checked in (check-ins not deleted, one per day): two counts on indexes, no record read. */
export async function countCheckinDays(reads: Reads): Promise<number> {
  const [all, deleted] = await Promise.all([
    reads.count('checkins'),
    reads.count('checkins', 'deletedAt', above('')),
  ]);
  return all - deleted;
}
