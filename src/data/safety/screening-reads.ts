import { screeningSchema, type Screening } from '../../domain/safety';
import { pendingDoctorVisit } from '../../domain/safety';
import type { Reads } from '../reads';
import { hasShape, storedRows } from '../stored-rows';

// Safety-check reads over Reads (Today's "see a doctor" reminder).

/**
 * pendingDoctorVisit without reading every check: the newest readable "see a doctor soon" check
 * not deleted, from the end of the takenAt index, unless the person has marked the visit.
 */
export async function readPendingDoctorVisit(reads: Reads): Promise<Screening | null> {
  const row = await reads.find(
    'screenings',
    'takenAt',
    'prev',
    (candidate) =>
      hasShape(screeningSchema, candidate) &&
      candidate.deletedAt === undefined &&
      candidate.outcome === 'see-doctor-soon',
  );
  return pendingDoctorVisit(storedRows(screeningSchema, row ? [row] : []).records);
}
