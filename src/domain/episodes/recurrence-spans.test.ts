import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEpisode } from '../../../tests/support/domain/test-builders';
import { addDays } from './episode-history';
import { equalRateP, recurrenceSpans, yearTrend } from './recurrence-spans';

const today = '2026-11-25';
const dayOf = (instant: string) => instant.slice(0, 10);
const ago = (days: number, id = `e-${String(days)}`) =>
  buildEpisode({ id, startedAt: `${addDays(today, -days)}T08:00:00.000Z` });
/** `lastYear` spasms in the last 12 months and `yearBefore` in the 12 before, spread out. */
const diary = (lastYear: number, yearBefore: number) => [
  ...Array.from({ length: lastYear }, (_, i) =>
    ago(Math.floor((i * 365) / lastYear), `a${String(i)}`),
  ),
  ...Array.from({ length: yearBefore }, (_, i) =>
    ago(365 + Math.floor((i * 365) / yearBefore), `b${String(i)}`),
  ),
];

describe('recurrenceSpans', () => {
  it('gives the last 90 days and the last year beside all time', () => {
    // Every day for the first year of a ten-year diary, then one a month in the last year.
    const early = Array.from({ length: 365 }, (_, i) => ago(3650 - i, `old${String(i)}`));
    const recent = Array.from({ length: 12 }, (_, i) => ago(i * 30, `new${String(i)}`));
    const spans = recurrenceSpans([...early, ...recent], today, dayOf);
    expect(spans.allTime.medianDaysBetween).toBe(1);
    expect(spans.lastYear).toMatchObject({ spasms: 12, medianDaysBetween: 30 });
    expect(spans.lastYear.perMonth).toBeCloseTo(1, 1);
    expect(spans.last90).toMatchObject({ spasms: 3, days: 90 });
    expect(spans.allTime.days).toBe(3651);
  });

  it('leaves out deleted spasms and those dated after today', () => {
    const spans = recurrenceSpans(
      [ago(1, 'a'), ago(-3, 'future'), { ...ago(2, 'b'), deletedAt: `${today}T00:00:00.000Z` }],
      today,
      dayOf,
    );
    expect(spans.last90.spasms).toBe(1);
  });
});

describe('yearTrend', () => {
  it('says fewer or more only when the counts are clearly apart, with the counts', () => {
    expect(yearTrend(diary(5, 20), today, dayOf)).toMatchObject({
      kind: 'fewer',
      sentence: 'Fewer spasms in the last 12 months (5) than in the 12 months before (20).',
    });
    expect(yearTrend(diary(20, 5), today, dayOf).kind).toBe('more');
    const same = yearTrend(diary(8, 15), today, dayOf);
    expect(same.kind).toBe('about-the-same');
    expect(same.sentence).toMatch(/^About the same .* \(8\) as in the 12 months before \(15\)/);
  });

  it('does not judge a diary of less than a year', () => {
    expect(yearTrend(diary(30, 0), today, dayOf).kind).toBe('not-enough');
  });

  it('never says fewer unless the count is lower, nor more unless higher (property)', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(60), (a, b) => {
        const trend = yearTrend([...diary(a, b), ago(700, 'start')], today, dayOf);
        if (trend.kind === 'fewer') expect(trend.lastYear).toBeLessThan(trend.yearBefore);
        if (trend.kind === 'more') expect(trend.lastYear).toBeGreaterThan(trend.yearBefore);
        expect(trend.sentence.startsWith('Fewer')).toBe(trend.kind === 'fewer');
        expect(trend.sentence).toContain(`(${String(trend.lastYear)})`);
      }),
      { numRuns: 60 },
    );
  });
});

describe('equalRateP', () => {
  it('is 1 for equal counts and small for counts far apart', () => {
    expect(equalRateP(7, 7)).toBeCloseTo(1, 6);
    expect(equalRateP(0, 0)).toBe(1);
    expect(equalRateP(5, 20)).toBeLessThan(0.01);
    expect(equalRateP(8, 15)).toBeGreaterThan(0.05);
  });
});
