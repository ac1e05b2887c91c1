import { describe, expect, it } from 'vitest';
import { buildCheckin, buildEpisode } from '../../../tests/support/domain/test-builders';
import { buildDiary } from './trigger-diary';

const utcDay = (instant: string) => instant.slice(0, 10);

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
});
