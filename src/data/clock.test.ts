import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertingOnce, dayOfInstant } from './clock';

// Instants over ten years and more, to the millisecond, as the diary stores them.
const instants = fc
  .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString());

describe('convertingOnce (the local day of each instant, converted once per analysis)', () => {
  it('gives the local day dayOfInstant gives, asked once or again', () => {
    fc.assert(
      fc.property(fc.array(instants, { maxLength: 40 }), (asked) => {
        const dayOf = convertingOnce();
        for (const instant of [...asked, ...asked]) {
          expect(dayOf(instant)).toBe(dayOfInstant(instant));
        }
      }),
    );
  });

  it('converts each instant only the first time it is asked', () => {
    const converted: string[] = [];
    const dayOf = convertingOnce((instant) => {
      converted.push(instant);
      return instant.slice(0, 10);
    });
    const asked = [
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-29T00:30:00.000Z',
    ];
    expect(asked.map(dayOf)).toEqual(['2026-03-29', '2026-03-29', '2026-03-29']);
    expect(converted).toEqual(['2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z']);
  });

  it('keeps nothing between analyses: a new one converts again', () => {
    let conversions = 0;
    const convert = (instant: string) => {
      conversions += 1;
      return instant.slice(0, 10);
    };
    convertingOnce(convert)('2026-12-07T08:00:00.000Z');
    convertingOnce(convert)('2026-12-07T08:00:00.000Z');
    expect(conversions).toBe(2);
  });
});
