/**
 * "Skip today" after a spasm (docs/domain.md §5b rule 1), kept in localStorage so the offer does
 * not come back on a reload the same day. It is a note for this device's Today only: the weekly
 * review needs no record of it, since a week with a spasm is a flare week, where missed sessions
 * never count against consistency (docs/domain.md §5). Erase all data empties it (the key starts
 * with the app's storage prefix).
 */
export const SKIPPED_DAY_KEY = 'steadyback-same-day-skipped';

const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Whether today's session was skipped after today's spasm. */
export function skippedToday(today: string): boolean {
  try {
    const value = storage()?.getItem(SKIPPED_DAY_KEY);
    return isDay(value) && value === today;
  } catch {
    return false;
  }
}

/** Records that today's session is skipped; storage refused (private mode): only this visit knows. */
export function skipToday(today: string): void {
  try {
    storage()?.setItem(SKIPPED_DAY_KEY, today);
  } catch {
    // Quota or privacy mode: the card still says so until the page goes.
  }
}
