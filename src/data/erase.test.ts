import { beforeEach, describe, expect, it } from 'vitest';
import { buildBelief, buildEpisode, buildSettings } from '../../tests/support/domain/test-builders';
import { db } from './db';
import { eraseAllData } from './erase';
import { resetDatabase } from './test-reset';

beforeEach(resetDatabase);

describe('eraseAllData', () => {
  it('empties every table and the app drafts, leaving other sites keys alone', async () => {
    await db.episodes.put(buildEpisode());
    await db.beliefs.put(buildBelief());
    await db.settings.put(buildSettings({ units: 'lb' }));
    localStorage.setItem('steadyback-episode-draft', '{"draft":{}}');
    localStorage.setItem('unrelated', 'keep');

    expect(await eraseAllData()).toBe(true);

    for (const table of db.tables) expect(await table.count()).toBe(0);
    expect(localStorage.getItem('steadyback-episode-draft')).toBeNull();
    expect(localStorage.getItem('unrelated')).toBe('keep');
    localStorage.clear();
  });
});
