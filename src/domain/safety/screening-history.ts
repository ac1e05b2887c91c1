import { redFlagQuestion } from './red-flags';
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

/**
 * The "see a doctor soon" signs the person has had checked, each with the day of the latest visit
 * that covered it (docs/domain.md §3 design choice). A visit marked on a check covers the yes
 * answers of that check and of every earlier "see a doctor soon" check not yet covered, as the
 * Today card does. Only 'soon' signs are remembered: emergency and bladder/bowel signs are always
 * asked afresh.
 */
export function checkedSigns(screenings: readonly Screening[]): Map<string, string> {
  const checked = new Map<string, string>();
  let waiting = new Set<string>();
  const oldestFirst = screeningsNewestFirst(screenings).reverse();
  for (const screening of oldestFirst) {
    if (screening.outcome === 'see-doctor-soon') {
      for (const [id, yes] of Object.entries(screening.answers)) {
        if (yes && redFlagQuestion(id)?.group === 'soon') waiting.add(id);
      }
    }
    const visit = screening.seenDoctorOn;
    if (visit === undefined) continue;
    for (const id of waiting) {
      const before = checked.get(id);
      if (before === undefined || before < visit) checked.set(id, visit);
    }
    waiting = new Set();
  }
  return checked;
}
