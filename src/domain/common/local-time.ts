const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Minutes east of UTC in force at an instant in the person's time zone (+60 for Paris in winter,
 * -300 for New York). Read at the edge (the device's zone) and passed in: the domain has no clock.
 */
export type OffsetAt = (instant: string) => number;

/**
 * An ISO instant as local wall time with its offset, "2026-11-25T09:30:00+01:00": what a
 * spreadsheet user reads as their own time while the instant stays exact (ISO 8601). Seconds are
 * kept, milliseconds dropped. An instant that isn't a time is returned as it was.
 */
export function localTimeWithOffset(instant: string, offsetAt: OffsetAt): string {
  const ms = Date.parse(instant);
  if (!Number.isFinite(ms)) return instant;
  const offset = Math.round(offsetAt(instant));
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
