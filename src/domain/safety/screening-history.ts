import type { Screening } from './screening';

const live = (screenings: readonly Screening[]) =>
  screenings.filter((screening) => screening.deletedAt === undefined);

/** Checks not deleted, newest first (ties broken by id so the order never depends on input). */
export function screeningsNewestFirst(screenings: readonly Screening[]): Screening[] {
  return live(screenings).sort(
    (a, b) => b.takenAt.localeCompare(a.takenAt) || a.id.localeCompare(b.id),
  );
}

/**
 * The "see a doctor soon" result still waiting for a visit: the newest such check, unless the person
 * has marked that they saw a doctor for it (a visit covers every earlier check too). A later
 * "nothing urgent" check does not clear it: only the person saying they saw a doctor does (issue 5).
 */
export function pendingDoctorVisit(screenings: readonly Screening[]): Screening | null {
  const latest = screeningsNewestFirst(screenings).find(
    (screening) => screening.outcome === 'see-doctor-soon',
  );
  return latest && latest.seenDoctorOn === undefined ? latest : null;
}
