import { addDays } from '../episodes';

/** One recurring event of a calendar file. Times are floating local time (no time zone). */
export type IcsEvent = {
  /** Stable, so importing a newer file replaces the old event in calendars that honour UID. */
  uid: string;
  summary: string;
  description: string;
  /** First occurrence: 'YYYY-MM-DD' and 'HH:MM'. */
  day: string;
  time: string;
  durationMinutes: number;
  /** The RRULE value, e.g. 'FREQ=DAILY' or 'FREQ=WEEKLY;BYDAY=MO,WE,FR'. */
  rrule: string;
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const octets = (text: string) => new TextEncoder().encode(text).length;

/**
 * Folds a content line (RFC 5545 3.1): no physical line longer than 75 octets; each continuation
 * starts with one space. Never splits a UTF-8 character (code points are kept whole).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    // The first line may hold 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + width > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compactDay = (day: string) => day.replace(/-/g, '');

/** '2026-11-25T12:00:00.000Z' -> '20261125T120000Z' (UTC, as DTSTAMP requires). */
export function utcStamp(instant: string): string {
  return `${instant.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(event: IcsEvent, now: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    // Floating time (no TZID, no Z): the reminder stays at 08:30 wherever the phone is.
    `DTSTART:${compactDay(event.day)}T${event.time.replace(':', '')}00`,
    `DURATION:PT${event.durationMinutes}M`,
    `RRULE:${event.rrule}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.summary)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/**
 * A complete iCalendar file (RFC 5545): CRLF line ends, folded lines, escaped text, DTSTAMP from
 * `now` (the domain never reads the clock).
 */
export function calendarFile(events: readonly IcsEvent[], now: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Steadyback//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => eventLines(event, now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The weekday (0 = Sunday) of a 'YYYY-MM-DD' day. */
function weekdayOf(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}

/** The first day on or after `from` whose weekday is in `weekdays` (`from` itself if empty). */
export function firstDayOn(from: string, weekdays: readonly number[]): string {
  for (let offset = 0; offset < 7; offset += 1) {
    const day = addDays(from, offset);
    if (weekdays.includes(weekdayOf(day))) return day;
  }
  return from;
}

export type ReminderInput = {
  checkinTime?: string | undefined;
  sessionTime?: string | undefined;
  /** The plan's training weekdays, 0 = Sunday; sessions are left out when there are none. */
  trainingDays: readonly number[];
  /** The person's local today: the first occurrence is today or the next training day. */
  today: string;
};

/**
 * The reminder events for a calendar: a daily check-in and weekly sessions on the plan's training
 * days. DTSTART is the first real occurrence so no calendar shows an extra one.
 */
export function reminderEvents(input: ReminderInput): IcsEvent[] {
  const events: IcsEvent[] = [];
  if (input.checkinTime) {
    events.push({
      uid: 'checkin-reminder@steadyback.app',
      summary: 'Steadyback: daily check-in',
      description: 'Open Steadyback and note how your back is today and what you did.',
      day: input.today,
      time: input.checkinTime,
      durationMinutes: 5,
      rrule: 'FREQ=DAILY',
    });
  }
  const days = [...new Set(input.trainingDays)].sort((a, b) => a - b);
  if (input.sessionTime && days.length > 0) {
    events.push({
      uid: 'session-reminder@steadyback.app',
      summary: 'Steadyback: exercise session',
      description: "Today is one of your training days. Open Steadyback to see today's session.",
      day: firstDayOn(input.today, days),
      time: input.sessionTime,
      durationMinutes: 30,
      rrule: `FREQ=WEEKLY;BYDAY=${days.map((d) => weekdayCodes[d] ?? 'MO').join(',')}`,
    });
  }
  return events;
}
