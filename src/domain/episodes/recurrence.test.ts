import { describe, expect, it } from 'vitest';
import { addDays } from './episode-history';
import { median, recurrence } from './recurrence';
import { buildEpisode } from '../../../tests/support/domain/test-builders';

const utcDay = (instant: string) => instant.slice(0, 10);
const TODAY = '2026-11-25';
const spasm = (daysAgo: number, severity = 5) =>
  buildEpisode({ startedAt: `${addDays(TODAY, -daysAgo)}T09:00:00.000Z`, severity });

describe('recurrence', () => {
  it('says nothing is known before the first spasm', () => {
    expect(recurrence([], TODAY, utcDay)).toMatchObject({
      spasms: 0,
      daysSinceLast: null,
      medianDaysBetween: null,
      last90: { count: 0, per30Days: 0, meanSeverity: null },
      severityTrend: 'not-enough',
    });
  });

  it('counts days since the last spasm and the median gap between spasm days', () => {
    // Spasm days 3, 10, 30 and 31 days ago (two on day 10): gaps 7, 20, 1 -> median 7.
    const result = recurrence(
      [spasm(10), spasm(3), spasm(30), spasm(31), spasm(10)],
      TODAY,
      utcDay,
    );
    expect(result.daysSinceLast).toBe(3);
    expect(result.medianDaysBetween).toBe(7);
  });

  it('compares spasms per 30 days in the last 90 days with the 90 days before', () => {
    const episodes = [0, 20, 40, 60, 89, 90, 150, 179, 180].map((ago) => spasm(ago));
    const result = recurrence(episodes, TODAY, utcDay);
    expect(result.last90).toMatchObject({ count: 5 });
    expect(result.last90.per30Days).toBeCloseTo(5 / 3);
    expect(result.previous90).toMatchObject({ count: 3, per30Days: 1 });
  });

  it('calls severity lower or higher only for a change of 2 points or more, with 3 spasms each side', () => {
    const before = [100, 110, 120].map((ago) => spasm(ago, 7));
    expect(
      recurrence([...before, ...[1, 2, 3].map((a) => spasm(a, 5))], TODAY, utcDay).severityTrend,
    ).toBe('lower');
    expect(
      recurrence([...before, ...[1, 2, 3].map((a) => spasm(a, 6))], TODAY, utcDay).severityTrend,
    ).toBe('similar');
    expect(
      recurrence([...before, ...[1, 2, 3].map((a) => spasm(a, 9))], TODAY, utcDay).severityTrend,
    ).toBe('higher');
    expect(recurrence([...before, spasm(1, 1), spasm(2, 1)], TODAY, utcDay).severityTrend).toBe(
      'not-enough',
    );
  });

  it('never counts a soft-deleted spasm', () => {
    const deleted = { ...spasm(1), deletedAt: '2026-11-25T10:00:00.000Z' };
    expect(recurrence([spasm(5), deleted], TODAY, utcDay)).toMatchObject({
      spasms: 1,
      daysSinceLast: 5,
    });
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
