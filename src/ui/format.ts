// Display formatting with the device's locale (Intl is built into every browser; no library needed).

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const longDayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "Wed 25 Nov, 08:30" */
export function formatDayAndTime(instant: string): string {
  const date = new Date(instant);
  return `${dayFormat.format(date)}, ${timeFormat.format(date)}`;
}

/** "25 November 2026" for a 'YYYY-MM-DD' day. */
export function formatLongDay(day: string): string {
  return longDayFormat.format(new Date(`${day}T12:00:00`));
}

/** "1 spasm", "3 spasms". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

const numberFormat = new Intl.NumberFormat();

/** A count in the device's locale: "110,003" (or "110.003", "110 003"). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
