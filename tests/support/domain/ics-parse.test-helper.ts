// A deliberately small iCalendar reader for tests: unfolds, splits name from value and unescapes
// TEXT, so tests check the file the way a calendar app reads it rather than by string matching.

export type ParsedEvent = Record<string, string>;
export type ParsedCalendar = Record<string, string> & { events: ParsedEvent[] };

/** Reverses RFC 5545 TEXT escaping. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

/** Parses VCALENDAR properties and each top-level VEVENT's properties (alarms are skipped). */
export function parseIcs(text: string): ParsedCalendar {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const calendar: ParsedCalendar = { events: [] } as unknown as ParsedCalendar;
  let event: ParsedEvent | null = null;
  let depth = 0;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0] ?? '';
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      depth += 1;
      if (value === 'VEVENT') event = {};
      continue;
    }
    if (name === 'END') {
      depth -= 1;
      if (value === 'VEVENT' && event) {
        calendar.events.push(event);
        event = null;
      }
      continue;
    }
    const parsed = ['SUMMARY', 'DESCRIPTION'].includes(name) ? unescapeText(value) : value;
    if (event && depth === 2) event[name] = parsed;
    else if (!event && depth === 1) calendar[name] = parsed;
  }
  return calendar;
}
