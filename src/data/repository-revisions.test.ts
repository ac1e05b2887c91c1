import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, testClock, withoutMeta } from '../../tests/support/domain/test-builders';
import { db } from './db';
import { episodeRepository } from './repositories';
import { CONFLICT_MESSAGE, isConflict } from './repository';
import { resetDatabase } from './test-reset';

beforeEach(resetDatabase);

const later = { now: '2026-11-25T13:00:00.000Z', today: '2026-11-25' };

async function stored() {
  const added = await episodeRepository.add(
    withoutMeta(buildEpisode({ notes: 'lifting' })),
    testClock,
  );
  if (!added.ok) throw new Error('not stored');
  return added.value;
}

describe('revisions', () => {
  it('stores a new record at revision 1 and raises it with every save', async () => {
    const episode = await stored();
    expect(episode.revision).toBe(1);
    await episodeRepository.update(episode.id, { severity: 3 }, later);
    await episodeRepository.softDelete(episode.id, later);
    expect((await db.episodes.get(episode.id))?.revision).toBe(3);
  });

  it('saves a change based on the stored revision', async () => {
    const episode = await stored();
    const saved = await episodeRepository.update(episode.id, { severity: 3 }, later, {
      expectedRevision: 1,
    });
    expect(saved.ok && saved.value.severity).toBe(3);
  });

  it('refuses a change based on an older revision, writing nothing and handing back the current record', async () => {
    const episode = await stored();
    // Another tab saves first.
    await episodeRepository.update(episode.id, { endedAt: '2026-11-25T09:00:00.000Z' }, later);
    const before = await db.episodes.get(episode.id);

    const saved = await episodeRepository.update(episode.id, { severity: 3 }, later, {
      expectedRevision: 1,
    });

    expect(isConflict(saved)).toBe(true);
    expect(!saved.ok && saved.errors._form).toBe(CONFLICT_MESSAGE);
    expect(isConflict(saved) && saved.conflict.current?.endedAt).toBe('2026-11-25T09:00:00.000Z');
    expect(await db.episodes.get(episode.id)).toEqual(before);
  });

  it('reports a record deleted for good in another tab as a conflict with nothing current', async () => {
    const episode = await stored();
    await db.episodes.delete(episode.id);
    const saved = await episodeRepository.update(episode.id, { severity: 3 }, later, {
      expectedRevision: 1,
    });
    expect(isConflict(saved) && saved.conflict.current).toBeNull();
  });

  it('writes exactly the given fields over the bookkeeping ones when replacing', async () => {
    const episode = await stored();
    const fields = withoutMeta(episode);
    delete fields.notes;
    const saved = await episodeRepository.update(episode.id, fields, later, {
      expectedRevision: 1,
      replace: true,
    });
    expect(saved.ok).toBe(true);
    const now = await db.episodes.get(episode.id);
    expect(now?.notes).toBeUndefined();
    expect(now).toMatchObject({ id: episode.id, createdAt: episode.createdAt, revision: 2 });
  });
});
