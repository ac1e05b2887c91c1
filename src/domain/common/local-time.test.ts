import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localTimeWithOffset } from './local-time';

describe('localTimeWithOffset', () => {
  it('writes the wall time east and west of UTC with the offset', () => {
    expect(localTimeWithOffset('2026-11-25T08:30:00.000Z', () => 60)).toBe(
      '2026-11-25T09:30:00+01:00',
    );
    expect(localTimeWithOffset('2026-11-25T02:15:00.000Z', () => -300)).toBe(
      '2026-11-24T21:15:00-05:00',
    );
    expect(localTimeWithOffset('2026-06-01T12:00:00.000Z', () => 330)).toBe(
      '2026-06-01T17:30:00+05:30',
    );
    expect(localTimeWithOffset('2026-06-01T12:00:00.000Z', () => 0)).toBe(
      '2026-06-01T12:00:00+00:00',
    );
  });

  it('uses the offset in force at each instant (summer and winter time)', () => {
    const paris = (instant: string) =>
      instant.slice(5, 7) >= '04' && instant.slice(5, 7) <= '10' ? 120 : 60;
    expect(localTimeWithOffset('2026-07-01T10:00:00.000Z', paris)).toBe(
      '2026-07-01T12:00:00+02:00',
    );
    expect(localTimeWithOffset('2026-12-01T10:00:00.000Z', paris)).toBe(
      '2026-12-01T11:00:00+01:00',
    );
  });

  it('names the same instant: parsing the result gives the input back', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const instant = new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
          expect(Date.parse(localTimeWithOffset(instant, () => offset))).toBe(Date.parse(instant));
        },
      ),
    );
  });

  it('leaves something that is not a time as it was', () => {
    expect(localTimeWithOffset('not a time', () => 60)).toBe('not a time');
  });
});
