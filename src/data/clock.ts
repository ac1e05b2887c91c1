import type { Clock } from '../domain/common';

const pad = (n: number) => String(n).padStart(2, '0');

/** The person's local calendar day of `date`, as 'YYYY-MM-DD'. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The device clock, read here at the edge so the domain can stay pure. */
export function systemClock(): Clock {
  const date = new Date();
  return { now: date.toISOString(), today: localDay(date) };
}

/** The local calendar day an instant falls on, in this device's time zone. */
export function dayOfInstant(instant: string): string {
  return localDay(new Date(instant));
}

/**
 * `dayOf` (dayOfInstant by default), each instant converted once: for one analysis that asks the
 * day of every spasm several times (Patterns asks each spasm's day in six places, about 6,000
 * conversions through the time zone over ten years: docs/performance.md). Make one per analysis
 * and let it go: the device's time zone can change between two analyses.
 */
export function convertingOnce(dayOf: (instant: string) => string = dayOfInstant) {
  const days = new Map<string, string>();
  return (instant: string): string => {
    let day = days.get(instant);
    if (day === undefined) days.set(instant, (day = dayOf(instant)));
    return day;
  };
}

/** An instant as the value of an <input type="datetime-local"> ('YYYY-MM-DDTHH:mm', local time). */
export function toLocalInput(instant: string): string {
  const date = new Date(instant);
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value back to an ISO instant; undefined when it isn't a real time. */
export function fromLocalInput(local: string): string | undefined {
  const time = new Date(local).getTime();
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local) && Number.isFinite(time)
    ? new Date(time).toISOString()
    : undefined;
}
