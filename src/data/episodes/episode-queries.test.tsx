import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildCheckin,
  buildEpisode,
  testClock,
  withoutMeta,
} from '../../../tests/support/domain/test-builders';
import type { NewRecord } from '../repository';
import type { Episode } from '../../domain/episodes';
import { db } from '../db';
import { useEpisodes } from './episode-queries';
import { useCheckins } from './checkin-queries';
import { episodeRepository } from '../repositories';

function EpisodeList() {
  const result = useEpisodes();
  if (!result) return <p>Loading</p>;
  return (
    <>
      <ul aria-label="Episodes">
        {result.records.map((e) => (
          <li key={e.id}>
            {e.startedAt} severity {e.severity}
          </li>
        ))}
      </ul>
      <p>{result.unreadable} unreadable</p>
    </>
  );
}

function newEpisode(overrides: Partial<Episode> = {}): NewRecord<Episode> {
  const rest = withoutMeta(buildEpisode(overrides));
  return rest;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('episodes through the repository and live query', () => {
  it('shows a record written through the repository, newest first', async () => {
    render(<EpisodeList />);
    await screen.findByText('0 unreadable');
    await episodeRepository.add(
      newEpisode({ startedAt: '2026-11-24T08:00:00.000Z', severity: 3 }),
      testClock,
    );
    await episodeRepository.add(
      newEpisode({ startedAt: '2026-11-25T08:00:00.000Z', severity: 7 }),
      testClock,
    );
    await waitFor(() => {
      expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        '2026-11-25T08:00:00.000Z severity 7',
        '2026-11-24T08:00:00.000Z severity 3',
      ]);
    });
  });

  it('reads the whole diary in order, whatever order the records were stored in', async () => {
    // Ids sort the other way from the days: a read in storage order would come back reversed.
    await db.episodes.bulkPut([
      buildEpisode({ id: 'a', startedAt: '2026-11-20T08:00:00.000Z' }),
      buildEpisode({ id: 'b', startedAt: '2026-11-22T08:00:00.000Z' }),
      buildEpisode({ id: 'c', startedAt: '2026-11-22T08:00:00.000Z' }),
      buildEpisode({ id: 'd', startedAt: '2026-11-24T08:00:00.000Z' }),
      buildEpisode({
        id: 'e',
        startedAt: '2026-11-25T08:00:00.000Z',
        deletedAt: '2026-11-25T09:00:00.000Z',
      }),
    ]);
    await db.checkins.bulkPut([
      buildCheckin({ id: 'z', day: '2026-11-20' }),
      buildCheckin({ id: 'y', day: '2026-11-21' }),
      buildCheckin({ id: 'x', day: '2026-11-23' }),
    ]);
    const episodes = renderHook(() => useEpisodes()).result;
    const checkins = renderHook(() => useCheckins()).result;
    await waitFor(() => {
      expect(episodes.current?.records.map((e) => e.id)).toEqual(['d', 'c', 'b', 'a']);
      expect(checkins.current?.records.map((c) => c.day)).toEqual([
        '2026-11-20',
        '2026-11-21',
        '2026-11-23',
      ]);
    });
  });

  it('writes nothing when the record fails validation, and says why per field', async () => {
    const result = await episodeRepository.add(
      newEpisode({ severity: 11, startedAt: '2026-11-26T08:00:00.000Z', endedAt: undefined }),
      testClock,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        severity: 'Severity must be a whole number from 0 to 10',
        startedAt: "Start time can't be in the future",
      },
    });
    expect(await db.episodes.count()).toBe(0);
  });

  it('hides a soft-deleted episode and brings it back on restore, never losing it', async () => {
    render(<EpisodeList />);
    const added = await episodeRepository.add(newEpisode(), testClock);
    if (!added.ok) throw new Error('setup failed');
    await screen.findByRole('listitem');
    await episodeRepository.softDelete(added.value.id, testClock);
    await waitFor(() => {
      expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    });
    expect(await db.episodes.count()).toBe(1);
    await episodeRepository.restore(added.value.id, testClock);
    expect(await screen.findByRole('listitem')).toBeInTheDocument();
  });

  it('counts a stored row that no longer validates instead of dropping it silently', async () => {
    await db.episodes.put({ ...buildEpisode(), severity: 42 });
    render(<EpisodeList />);
    expect(await screen.findByText('1 unreadable')).toBeInTheDocument();
    expect(await db.episodes.count()).toBe(1);
  });

  it('reports a full disk in words and leaves nothing written', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db.episodes, 'put').mockRejectedValueOnce(quota);
    const result = await episodeRepository.add(newEpisode(), testClock);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors._form).toMatch(/storage is full/);
    expect(await db.episodes.count()).toBe(0);
  });
});
