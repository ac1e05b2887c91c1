import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildActivity, buildEpisode } from '../../../tests/support/domain/test-builders';
import { addDays, type Episode } from '../../domain/episodes';
import { db } from '../db';
import { LOG_MAX_ROWS, LOG_PAGE, readEpisodeLog, readUsedActivityIds } from './episode-log';
import { recordsRead } from '../records-read.test-helper';
import { resetDatabase } from '../test-reset';

const today = '2026-11-25';
const at = (day: string) => `${day}T08:30:00.000Z`;
const activities = ['cat-gardening', 'cat-floor-pickup', 'cat-desk-work', 'own-shopping'];

/** A spasm every other day for about three years; every 40th deleted, one note in 2024. */
async function seedDiary(): Promise<Episode[]> {
  const episodes = Array.from({ length: 600 }, (_, i) => {
    const day = addDays(today, -2 * i);
    return buildEpisode({
      id: `e-${String(i).padStart(3, '0')}`,
      startedAt: at(day),
      endedAt: undefined,
      activityId: activities[i % 4],
      movement: i % 2 === 0 ? 'lifting' : 'twisting',
      ...(day === '2024-03-12' ? { notes: 'Felt it go as I straightened up.' } : {}),
      ...(i % 40 === 39 ? { deletedAt: at(today) } : {}),
    });
  });
  // An activity used once, long ago, by a spasm far outside any page.
  episodes.push(
    buildEpisode({ id: 'old', startedAt: at('2020-01-01'), activityId: 'cat-gardening-x' }),
  );
  // One used only by a deleted spasm: not offered.
  episodes.push(
    buildEpisode({
      id: 'gone',
      startedAt: at('2021-01-01'),
      activityId: 'cat-moving-furniture',
      deletedAt: at(today),
    }),
  );
  await db.episodes.bulkPut(episodes);
  await db.activities.put(buildActivity({ id: 'own-shopping', name: 'Carrying the shopping' }));
  return episodes;
}

beforeEach(resetDatabase);

describe("the Log's pages", () => {
  it('reads a page of the newest spasms, not the whole diary, and says there are earlier ones', async () => {
    await seedDiary();
    const log = await readEpisodeLog({}, LOG_PAGE, today);
    expect(log.records).toHaveLength(LOG_PAGE);
    expect(log.records[0]?.id).toBe('e-000');
    expect(log.records.every((e) => e.deletedAt === undefined)).toBe(true);
    expect(log.hasEarlier).toBe(true);
    expect(log.skipped).toBe(0);
    expect(log.recent).toEqual({ daysSinceLast: 0, inLast30Days: 15 });
    expect(await recordsRead(() => readEpisodeLog({}, LOG_PAGE, today))).toBeLessThan(120);
  });

  it('never holds more than the most rows, skipping the newest then', async () => {
    await seedDiary();
    const log = await readEpisodeLog({}, LOG_MAX_ROWS + LOG_PAGE, today);
    expect(log.records).toHaveLength(LOG_MAX_ROWS);
    expect(log.skipped).toBe(LOG_PAGE);
    const first = await readEpisodeLog({}, LOG_PAGE + 1, today);
    expect(log.records[0]?.id).toBe(first.records.at(-1)?.id);
  });

  it('finds a note from years ago by a word, within a range of days', async () => {
    await seedDiary();
    const log = await readEpisodeLog(
      { text: 'straightened', from: '2024-01-01', to: '2024-12-31' },
      LOG_PAGE,
      today,
    );
    expect(log.records.map((e) => e.startedAt)).toEqual([at('2024-03-12')]);
    expect(log.hasEarlier).toBe(false);
    const byName = await readEpisodeLog({ text: 'shopping', movement: 'twisting' }, 5, today);
    expect(byName.records.every((e) => e.activityId === 'own-shopping')).toBe(true);
    expect(byName.records.every((e) => e.movement === 'twisting')).toBe(true);
  });

  it('keeps the counts on top over every spasm, whatever the search', async () => {
    await seedDiary();
    const log = await readEpisodeLog({ text: 'nothing like this' }, LOG_PAGE, today);
    expect(log.records).toEqual([]);
    expect(log.recent.daysSinceLast).toBe(0);
  });
});

describe("the Log's pages, against every spasm read and sorted", () => {
  /** What the Log shows, worked out over every spasm: the startedAt index's order, newest first. */
  function expectedPage(episodes: Episode[], shown: number) {
    const live = episodes
      .filter((e) => e.deletedAt === undefined)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
    const skipped = Math.max(0, shown - LOG_MAX_ROWS);
    return { ids: live.slice(skipped, shown).map((e) => e.id), hasEarlier: live.length > shown };
  }

  it('neither loses nor doubles spasms that share an instant', async () => {
    // 60 spasms at one instant, every other one deleted, then 60 an hour earlier.
    const same = Array.from({ length: 60 }, (_, i) =>
      buildEpisode({
        id: `same-${String(i).padStart(2, '0')}`,
        startedAt: '2026-11-25T08:30:00.000Z',
        ...(i % 2 === 0 ? { deletedAt: at(today) } : {}),
      }),
    );
    const earlier = Array.from({ length: 60 }, (_, i) =>
      buildEpisode({ id: `early-${String(i).padStart(2, '0')}`, startedAt: at('2026-11-24') }),
    );
    await db.episodes.bulkPut([...same, ...earlier]);
    for (const shown of [10, 30, 31, 50, 90, 91]) {
      const log = await readEpisodeLog({}, shown, today);
      const expected = expectedPage([...same, ...earlier], shown);
      expect(log.records.map((e) => e.id)).toEqual(expected.ids);
      expect(log.hasEarlier).toBe(expected.hasEarlier);
    }
  });

  it('shows the same page as reading every spasm, for any diary', async () => {
    const diary = fc.array(
      fc.record({
        // Four instants, so many spasms share one and batches end inside them; some deleted.
        hour: fc.integer({ min: 6, max: 9 }),
        deleted: fc.boolean(),
      }),
      { maxLength: 120 },
    );
    await fc.assert(
      fc.asyncProperty(diary, fc.integer({ min: 1, max: 130 }), async (rows, shown) => {
        await db.episodes.clear();
        const episodes = rows.map((row, i) =>
          buildEpisode({
            id: `e-${String(i).padStart(3, '0')}`,
            startedAt: `2026-11-24T0${String(row.hour)}:00:00.000Z`,
            ...(row.deleted ? { deletedAt: at(today) } : {}),
          }),
        );
        await db.episodes.bulkPut(episodes);
        const log = await readEpisodeLog({}, shown, today);
        const expected = expectedPage(episodes, shown);
        expect(log.records.map((e) => e.id)).toEqual(expected.ids);
        expect(log.hasEarlier).toBe(expected.hasEarlier);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the activities offered by the filter', () => {
  it('are every activity a live spasm ever began with, from the index', async () => {
    await seedDiary();
    expect((await readUsedActivityIds()).sort()).toEqual([...activities, 'cat-gardening-x'].sort());
    expect(await recordsRead(readUsedActivityIds)).toBeLessThan(40);
  });
});
