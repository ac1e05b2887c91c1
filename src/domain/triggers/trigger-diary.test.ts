import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../episodes';
import { buildCheckin, buildEpisode } from '../../../tests/support/domain/test-builders';
import { buildDiary, previousDay } from './trigger-diary';

const utcDay = (instant: string) => instant.slice(0, 10);

describe('previousDay', () => {
  it('agrees with addDays(day, -1) across months, leap years and centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), (offset) => {
        const day = addDays('1850-01-01', offset);
        expect(previousDay(day)).toBe(addDays(day, -1));
      }),
    );
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2100-03-01')).toBe('2100-02-28');
    expect(previousDay('2027-01-01')).toBe('2026-12-31');
  });
});

describe('buildDiary', () => {
  it('counts a spasm’s onset activity as done that day, and only check-in days as known', () => {
    const diary = buildDiary(
      [
        buildEpisode({ startedAt: '2026-11-20T09:00:00.000Z', activityId: 'cat-gardening' }),
        buildEpisode({ startedAt: '2026-11-21T09:00:00.000Z', activityId: 'cat-gardening' }),
      ],
      [buildCheckin({ day: '2026-11-20', activityIds: ['cat-desk-work'] })],
      utcDay,
    );
    expect([...diary.exposures]).toEqual([['2026-11-20', ['cat-desk-work', 'cat-gardening']]]);
    expect([...diary.spasmDays].sort()).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('leaves out soft-deleted records and merges two check-ins for one day', () => {
    const diary = buildDiary(
      [buildEpisode({ deletedAt: '2026-11-25T10:00:00.000Z' })],
      [
        buildCheckin({ day: '2026-11-24', activityIds: ['a'] }),
        buildCheckin({ day: '2026-11-24', activityIds: ['b', 'a'] }),
        buildCheckin({ day: '2026-11-23', deletedAt: '2026-11-25T10:00:00.000Z' }),
      ],
      utcDay,
    );
    expect(diary.episodes).toEqual([]);
    expect([...diary.exposures]).toEqual([['2026-11-24', ['a', 'b']]]);
  });

  it('gives each spasm the exposures of the check-in days 1 and 2 before it', () => {
    const diary = buildDiary(
      [buildEpisode({ startedAt: '2026-11-25T08:00:00.000Z' })],
      [
        buildCheckin({ day: '2026-11-23', activityIds: ['x'] }),
        buildCheckin({ day: '2026-11-22', activityIds: ['y'] }),
      ],
      utcDay,
    );
    // The 24th has no check-in: unknown, left out; the 22nd is 3 days before, not a control.
    expect(diary.episodes[0]?.controls).toEqual([['x']]);
  });
});
