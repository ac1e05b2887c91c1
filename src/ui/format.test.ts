import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  formatDate,
  formatDayAndTime,
  formatLongDay,
  listNeedsYear,
  yearOf,
  type DateStyle,
} from './format';

const now = new Date('2026-12-06T10:00:00');
const gb = { now, locale: 'en-GB' };

describe('formatDate', () => {
  it('leaves the year out in the current year and shows it in any other', () => {
    expect(formatDate('2026-12-06', 'day', gb)).toMatch(/^Sun,? 6 Dec$/);
    expect(formatDate('2025-12-06', 'day', gb)).toMatch(/^Sat,? 6 Dec 2025$/);
    expect(formatDate('2027-01-04', 'long', gb)).toBe('4 January 2027');
  });

  it('shows the year when asked, and always for a month', () => {
    expect(formatDate('2026-12-06', 'day', { ...gb, withYear: true })).toMatch(
      /^Sun,? 6 Dec 2026$/,
    );
    expect(formatDate('2026-03-10', 'month', gb)).toBe('Mar 2026');
    expect(formatLongDay('2026-11-25', gb)).toBe('25 November 2026');
  });

  it('formats instants in local time, with the year from the local day', () => {
    expect(formatDayAndTime(new Date('2024-02-29T08:30:00').toISOString(), gb)).toMatch(
      /^Thu,? 29 Feb 2024,? 0?8:30$/,
    );
    expect(yearOf(new Date('2026-01-01T00:30:00').toISOString())).toBe(2026);
  });

  it('follows the locale', () => {
    expect(formatDate('2025-12-06', 'day', { now, locale: 'en-US' })).toBe('Sat, Dec 6, 2025');
    expect(formatDate('2025-12-06', 'long', { now, locale: 'de-DE' })).toBe('6. Dezember 2025');
  });

  it('returns text that is not a date unchanged instead of "Invalid Date"', () => {
    expect(formatDate('someday', 'day', gb)).toBe('someday');
  });
});

describe('listNeedsYear', () => {
  it('is false for a list within the current year and true otherwise', () => {
    expect(listNeedsYear(['2026-01-02', '2026-12-01'], now)).toBe(false);
    expect(listNeedsYear([], now)).toBe(false);
    expect(listNeedsYear(['2025-12-30'], now)).toBe(true);
    expect(listNeedsYear(['2025-12-30', '2026-01-02'], now)).toBe(true);
  });

  // Issue 20: "Sat, Dec 6" and "Fri, Dec 6" were different years in one list.
  it('no list of records spanning two years prints a date without its year', () => {
    const day = fc
      .integer({ min: 0, max: 20 * 366 })
      .map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 2, maxLength: 30 }),
        fc.constantFrom('en-GB', 'en-US', 'fr-FR', 'ja-JP'),
        fc.constantFrom<DateStyle[]>('day', 'weekday', 'long', 'day-time', 'month'),
        (days, locale, style) => {
          fc.pre(new Set(days.map(yearOf)).size > 1);
          const withYear = listNeedsYear(days, now);
          for (const d of days) {
            expect(formatDate(d, style, { now, locale, withYear })).toContain(d.slice(0, 4));
          }
        },
      ),
    );
  });
});

describe('formatNumber', () => {
  it('builds no Intl object when the module loads, one on first use, and reuses it', async () => {
    // The first Intl object of a page loads the locale data: a module that only imports this one
    // (Today's rare cards) must not pay for it (docs/performance.md, "Intl on first use").
    vi.resetModules();
    const built = vi.spyOn(Intl, 'NumberFormat');
    try {
      const format = await import('./format');
      expect(built).not.toHaveBeenCalled();
      expect(format.formatNumber(110003)).toBe(new Intl.NumberFormat().format(110003));
      expect(format.plural(2, 'spasm')).toBe('2 spasms');
      expect(built).toHaveBeenCalledTimes(2); // the module's one, and the expectation's own
    } finally {
      built.mockRestore();
    }
  });
});
