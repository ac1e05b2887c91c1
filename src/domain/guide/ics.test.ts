import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, firstDayOn, foldLine, reminderEvents } from './ics';
import { parseIcs, unescapeText } from '../../../tests/support/domain/ics-parse.test-helper';

const now = '2026-11-25T12:00:00.000Z'; // a Wednesday
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('round-trips any text through escaping', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (text) => unescapeText(escapeText(text)) === text.replace(/\r\n|\r/g, '\n'),
      ),
    );
  });

  it('folds at 75 octets without splitting a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n'))
          expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});

describe('firstDayOn', () => {
  it('is today when today is a training day, else the next one', () => {
    expect(firstDayOn('2026-11-25', [3])).toBe('2026-11-25');
    expect(firstDayOn('2026-11-25', [1, 5])).toBe('2026-11-27');
    expect(firstDayOn('2026-11-25', [1])).toBe('2026-11-30');
  });
});

describe('calendarFile with reminder events', () => {
  const text = calendarFile(
    reminderEvents({
      checkinTime: '08:30',
      sessionTime: '18:00',
      trainingDays: [5, 1, 3],
      today: '2026-11-25',
    }),
    now,
  );

  it('uses CRLF line ends only and keeps every line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('holds a daily check-in and weekly sessions on the training days, in floating time', () => {
    const calendar = parseIcs(text);
    expect(calendar.VERSION).toBe('2.0');
    expect(calendar.PRODID).toBe('-//Steadyback//Reminders//EN');
    const [checkin, session] = calendar.events;
    expect(checkin).toMatchObject({
      UID: 'checkin-reminder@steadyback.app',
      DTSTAMP: '20261125T120000Z',
      DTSTART: '20261125T083000',
      RRULE: 'FREQ=DAILY',
      SUMMARY: 'Steadyback: daily check-in',
    });
    expect(session).toMatchObject({
      UID: 'session-reminder@steadyback.app',
      DTSTART: '20261125T180000',
      RRULE: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      DURATION: 'PT30M',
      DESCRIPTION: "Today is one of your training days. Open Steadyback to see today's session.",
    });
    expect(calendar.events).toHaveLength(2);
  });

  it('leaves out sessions without training days, and everything without times', () => {
    const noDays = reminderEvents({ sessionTime: '18:00', trainingDays: [], today: '2026-11-25' });
    expect(noDays).toEqual([]);
    expect(parseIcs(calendarFile([], now)).events).toEqual([]);
  });

  it('escapes and folds long text so it parses back unchanged', () => {
    const summary = 'Back, hips; and a \\ backslash\nnew line — ' + 'é'.repeat(60);
    const file = calendarFile(
      [
        {
          ...reminderEvents({ checkinTime: '07:05', trainingDays: [], today: '2026-11-25' })[0]!,
          summary,
        },
      ],
      now,
    );
    expect(file).toContain('\r\n ');
    expect(parseIcs(file).events[0]?.SUMMARY).toBe(summary);
  });
});
