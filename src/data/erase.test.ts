import { beforeEach, describe, expect, it } from 'vitest';
import { buildBelief, buildEpisode, buildSettings } from '../../tests/support/domain/test-builders';
import { db } from './db';
import { ERASE_CHANNEL, eraseAllData, onEraseAll } from './erase';
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

describe('onEraseAll', () => {
  it('tells this tab and every other tab that all data was erased', async () => {
    const here: string[] = [];
    const stop = onEraseAll(() => here.push('erased'));
    // Another tab of the app: a second channel of the same name.
    const otherTab = new BroadcastChannel(ERASE_CHANNEL);
    const heard = new Promise((resolve) => {
      otherTab.onmessage = (event) => {
        resolve(event.data);
      };
    });

    expect(await eraseAllData()).toBe(true);

    expect(here).toEqual(['erased']);
    expect(await heard).toBe('erased');
    stop();
    otherTab.close();
  });

  it('hears an erase made in another tab', async () => {
    const heard = new Promise<void>((resolve) => {
      const stop = onEraseAll(() => {
        stop();
        resolve();
      });
    });
    const otherTab = new BroadcastChannel(ERASE_CHANNEL);
    otherTab.postMessage('erased');
    await heard;
    otherTab.close();
  });

  it('stops calling a listener once it stops listening', async () => {
    const calls: string[] = [];
    onEraseAll(() => calls.push('erased'))();
    await eraseAllData();
    expect(calls).toEqual([]);
  });
});
