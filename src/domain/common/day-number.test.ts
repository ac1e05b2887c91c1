import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, shiftDay, weekdayOf } from './day-number';
import { addDays, daysBetween } from '../episodes';

const dayArb = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2200-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('day numbers', () => {
  it('agree with addDays, daysBetween and the calendar weekday', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -4000, max: 4000 }), (day, days) => {
        expect(shiftDay(day, days)).toBe(addDays(day, days));
        expect(dayNumber(shiftDay(day, days)) - dayNumber(day)).toBe(days);
        expect(dayNumber(day)).toBe(daysBetween('1970-01-01', day));
        expect(weekdayOf(day)).toBe(new Date(`${day}T00:00:00Z`).getUTCDay());
      }),
    );
  });

  it('count from 1970-01-01 across leap days', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayFromNumber(-1)).toBe('1969-12-31');
    expect(shiftDay('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDay('2100-02-28', 1)).toBe('2100-03-01');
  });
});
