import { fromLocalInput, toLocalInput } from '../../data/clock';

// The browser's Date knows the person's time zone; the domain takes these as arguments so it
// stays pure.

/** A datetime-local value as an instant; '' when it isn't a real time (the domain says so). */
export const toInstant = (local: string): string => fromLocalInput(local) ?? '';

/** An instant as a datetime-local value. */
export const toLocal = (instant: string): string => toLocalInput(instant);

/** Now, as a datetime-local value: the starting point for "Exact time" and "It eased at". */
export function localNow(): string {
  return toLocalInput(new Date().toISOString());
}

/**
 * The prefill for "About what time?": an hour ago, to the quarter hour, but never before midnight,
 * so "Earlier today" starts on a time that is today and already past.
 */
export function suggestedTimeOfDay(): string {
  const now = new Date();
  const minutes = Math.max(0, now.getHours() * 60 + now.getMinutes() - 60);
  const quarter = minutes - (minutes % 15);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(quarter / 60))}:${pad(quarter % 60)}`;
}
