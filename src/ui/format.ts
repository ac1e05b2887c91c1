// The app's one date formatter, in the person's locale (Intl is built into every browser; no
// library needed). Rule (issue 20): a date shows its year whenever the year isn't the current one,
// and every date in a list that spans more than one year shows its year, so "Sat, Dec 6" and
// "Fri, Dec 6" from different years can never sit side by side looking alike.

/**
 * How a date reads: 'day' "Wed 25 Nov", 'weekday' "Wednesday 18 Nov", 'long' "25 November",
 * 'day-time' "Wed 25 Nov, 08:30", 'month' "Nov 2026" (a month always names its year).
 */
export type DateStyle = 'day' | 'weekday' | 'long' | 'day-time' | 'month';

export type DateFormatOptions = {
  /** Show the year even in the current year (set for lists spanning years, and for reports). */
  withYear?: boolean | undefined;
  /** "Now", for the current year; the device clock when left out. */
  now?: Date | undefined;
  /** A BCP 47 locale; the device's when left out. */
  locale?: string | undefined;
};

const styleParts: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  weekday: { weekday: 'long', day: 'numeric', month: 'short' },
  long: { day: 'numeric', month: 'long' },
  'day-time': {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  },
  month: { month: 'short', year: 'numeric' },
};

// Building an Intl.DateTimeFormat is slow next to using one: lists of hundreds reuse them.
const cache = new Map<string, Intl.DateTimeFormat>();
function formatterFor(style: DateStyle, withYear: boolean, locale: string | undefined) {
  const key = `${style}|${String(withYear)}|${locale ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...styleParts[style],
      ...(withYear ? { year: 'numeric' } : {}),
    });
    cache.set(key, format);
  }
  return format;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A 'YYYY-MM-DD' day (read at local noon, so no time zone moves it a day) or an ISO instant. */
function toDate(value: string): Date {
  return new Date(dayPattern.test(value) ? `${value}T12:00:00` : value);
}

/** The local calendar year a day or instant falls in. */
export function yearOf(value: string): number {
  return dayPattern.test(value) ? Number(value.slice(0, 4)) : toDate(value).getFullYear();
}

/** Formats a day or an instant; the year shows when it isn't `now`'s year, or when asked for. */
export function formatDate(
  value: string,
  style: DateStyle = 'day',
  options: DateFormatOptions = {},
): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return value;
  const currentYear = (options.now ?? new Date()).getFullYear();
  const withYear = options.withYear === true || yearOf(value) !== currentYear;
  return formatterFor(style, withYear, options.locale).format(date);
}

/**
 * Whether a list of these dates must show every year: true when they span more than one year or
 * any of them lies outside the current year. Pass the result as `withYear` for each row.
 */
export function listNeedsYear(values: readonly string[], now: Date = new Date()): boolean {
  const years = new Set(values.map(yearOf));
  return years.size > 1 || (years.size === 1 && !years.has(now.getFullYear()));
}

/** "Wed 25 Nov, 08:30" ("Wed 25 Nov 2025, 08:30" in another year). */
export function formatDayAndTime(instant: string, options?: DateFormatOptions): string {
  return formatDate(instant, 'day-time', options);
}

/** "25 November 2026" for a 'YYYY-MM-DD' day: headings and sentences always name the year. */
export function formatLongDay(day: string, options?: DateFormatOptions): string {
  return formatDate(day, 'long', { ...options, withYear: true });
}

/** "Wednesday 18 Nov" for a 'YYYY-MM-DD' day (with the year when it isn't this one). */
export function formatShortDay(day: string, options?: DateFormatOptions): string {
  return formatDate(day, 'weekday', options);
}

/** "1 spasm", "3 spasms". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

// Built on first use, not when this module loads: the first Intl object of a page loads the
// locale data (25-35 ms here, over 100 ms with the CPU slowed 4x), and Today's rare cards import
// this module without always formatting anything (docs/performance.md, "Intl on first use").
let numberFormat: Intl.NumberFormat | undefined;

/** A count in the device's locale: "110,003" (or "110.003", "110 003"). */
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat();
  return numberFormat.format(value);
}
