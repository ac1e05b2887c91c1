import type { Clock } from '../domain/validation';

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
