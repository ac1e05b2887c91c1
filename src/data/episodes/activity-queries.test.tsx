import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCheckin, buildEpisode } from '../../../tests/support/domain/test-builders';
import { useRankedActivities } from './activity-queries';
import { db } from '../db';

beforeEach(async () => {
  // Only the date is fixed: Dexie's own timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T12:00:00.000Z'));
  await db.delete();
  await db.open();
});
afterEach(() => {
  vi.useRealTimers();
});

const firstIds = async (count: number) => {
  const { result } = renderHook(() => useRankedActivities());
  await waitFor(() => {
    expect(result.current).toBeDefined();
  });
  return result.current?.slice(0, count).map((choice) => choice.id);
};

describe('the order of the activity list', () => {
  it('puts what was used in the last year first, before what was used more often long ago', async () => {
    await db.episodes.bulkPut([
      ...['2024-03-01', '2024-04-01', '2024-05-01'].map((day) =>
        buildEpisode({ startedAt: `${day}T09:00:00.000Z`, activityId: 'cat-housework' }),
      ),
      buildEpisode({ startedAt: '2026-10-01T09:00:00.000Z', activityId: 'cat-gardening' }),
    ]);
    await db.checkins.bulkPut([
      buildCheckin({ day: '2024-06-01', activityIds: ['cat-housework'] }),
      buildCheckin({ day: '2026-11-20', activityIds: ['cat-long-sitting'] }),
      buildCheckin({ day: '2026-11-21', activityIds: ['cat-long-sitting'] }),
    ]);
    // Two check-ins of sitting, then one spasm while gardening; housework, older, keeps its
    // catalogue place (after the first nine).
    expect(await firstIds(3)).toEqual(['cat-long-sitting', 'cat-gardening', 'cat-lifting-heavy']);
  });

  it('leaves deleted spasms and check-ins out of the count', async () => {
    await db.episodes.bulkPut([
      buildEpisode({
        startedAt: '2026-11-01T09:00:00.000Z',
        activityId: 'cat-housework',
        deletedAt: '2026-11-02T09:00:00.000Z',
      }),
      buildEpisode({ startedAt: '2026-11-03T09:00:00.000Z', activityId: 'cat-gardening' }),
    ]);
    await db.checkins.bulkPut([
      buildCheckin({
        day: '2026-11-20',
        activityIds: ['cat-housework'],
        deletedAt: '2026-11-21T09:00:00.000Z',
      }),
    ]);
    expect(await firstIds(2)).toEqual(['cat-gardening', 'cat-lifting-heavy']);
  });
});
