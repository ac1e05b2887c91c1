import { describe, expect, it } from 'vitest';
import { spasmTiming, weeklySpasms } from './spasm-timing';
import { buildEpisode } from '../../../tests/support/domain/test-builders';

const utcDay = (instant: string) => instant.slice(0, 10);
const hourOf = (instant: string) => new Date(instant).getUTCHours();
const weekdayOf = (instant: string) => new Date(instant).getUTCDay();

describe('spasmTiming', () => {
  it('counts spasms by local hour, six-hour band and weekday, from the caller’s clock functions', () => {
    const timing = spasmTiming(
      [
        buildEpisode({ startedAt: '2026-11-23T08:30:00.000Z' }), // Monday morning
        buildEpisode({ startedAt: '2026-11-24T08:10:00.000Z' }), // Tuesday morning
        buildEpisode({ startedAt: '2026-11-24T23:10:00.000Z' }), // Tuesday evening
        buildEpisode({
          startedAt: '2026-11-22T02:00:00.000Z',
          deletedAt: '2026-11-25T00:00:00.000Z',
        }),
      ],
      hourOf,
      weekdayOf,
    );
    expect(timing.byHour[8]).toBe(2);
    expect(timing.byHour[23]).toBe(1);
    expect(timing.byBand).toEqual([0, 2, 0, 1]);
    expect(timing.byWeekday).toEqual([0, 1, 2, 0, 0, 0, 0]);
  });
});

describe('weeklySpasms', () => {
  it('gives every week up to this one, oldest first, with its count and worst severity', () => {
    const weeks = weeklySpasms(
      [
        buildEpisode({ startedAt: '2026-11-24T08:00:00.000Z', severity: 4 }),
        buildEpisode({ startedAt: '2026-11-23T08:00:00.000Z', severity: 7 }),
        buildEpisode({ startedAt: '2026-11-10T08:00:00.000Z', severity: 3 }),
        buildEpisode({ startedAt: '2025-01-01T08:00:00.000Z', severity: 9 }), // before the window
      ],
      '2026-11-25',
      3,
      1,
      utcDay,
    );
    expect(weeks).toEqual([
      { weekOf: '2026-11-09', count: 1, maxSeverity: 3 },
      { weekOf: '2026-11-16', count: 0, maxSeverity: null },
      { weekOf: '2026-11-23', count: 2, maxSeverity: 7 },
    ]);
  });
});
