import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityCatalogue, type Activity } from '../episodes';
import type { Episode } from '../episodes';
import { findActivityByName, rankActivities } from './episode-draft-activities';
import { buildActivity, buildEpisode } from '../../../tests/support/domain/test-builders';

const catalogue = activityCatalogue.slice(0, 4);
const ids = (list: { id: string }[]) => list.map((choice) => choice.id);
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`;

describe('rankActivities', () => {
  it('keeps catalogue order, then custom activities by name, when nothing has been used', () => {
    const custom = [
      buildActivity({ id: 'b', name: 'Zumba' }),
      buildActivity({ id: 'a', name: 'Archery' }),
    ];
    expect(ids(rankActivities([], [], custom, catalogue))).toEqual([...ids(catalogue), 'a', 'b']);
  });

  it('puts the most used first, breaking ties by the most recent use', () => {
    const episodes = [
      buildEpisode({ activityId: 'cat-gardening', startedAt: at(1) }),
      buildEpisode({ activityId: 'cat-gardening', startedAt: at(2) }),
      buildEpisode({ activityId: 'cat-moving-furniture', startedAt: at(3) }),
      buildEpisode({ activityId: 'cat-floor-pickup', startedAt: at(4) }),
    ];
    const catalogueWithGardening = activityCatalogue.slice(0, 5);
    expect(ids(rankActivities(episodes, [], [], catalogueWithGardening))).toEqual([
      'cat-gardening',
      'cat-floor-pickup',
      'cat-moving-furniture',
      'cat-lifting-heavy',
      'cat-bending-over-child',
    ]);
  });

  it('counts check-ins, ignores deleted episodes and deleted custom activities', () => {
    const custom = [
      buildActivity({ id: 'dog', name: 'Walking the dog' }),
      buildActivity({ id: 'old', name: 'Old', deletedAt: at(1) }),
    ];
    const episodes = [
      buildEpisode({ activityId: 'cat-lifting-heavy', deletedAt: at(2) }),
      buildEpisode({ activityId: 'old' }),
    ];
    expect(ids(rankActivities(episodes, ['dog'], custom, catalogue))).toEqual([
      'dog',
      ...ids(catalogue),
    ]);
  });

  const activityId = fc.constantFrom(...ids(catalogue), 'own-1', 'own-2', 'own-3', undefined);
  const episodeArb = fc
    .record({ activityId, day: fc.integer({ min: 1, max: 25 }), deleted: fc.boolean() })
    .map(({ activityId: id, day, deleted }): Episode =>
      buildEpisode({
        activityId: id,
        startedAt: at(day),
        deletedAt: deleted ? at(day) : undefined,
      }),
    );
  const customArb = fc
    .uniqueArray(
      fc.record({
        id: fc.constantFrom('own-1', 'own-2', 'own-3'),
        name: fc.string({ minLength: 1 }),
      }),
      { selector: (a) => a.id },
    )
    .map((list): Activity[] => list.map((a) => buildActivity(a)));
  const checkinArb = fc.array(fc.constantFrom(...ids(catalogue), 'own-1'));

  it('gives the same order whatever order the inputs come in (property)', () => {
    fc.assert(
      fc.property(
        fc.array(episodeArb),
        checkinArb,
        customArb,
        fc.func(fc.integer()),
        (episodes, checkins, custom, key) => {
          const shuffle = <T>(list: T[]) =>
            list
              .map((item, index) => ({ item, k: key(index) }))
              .sort((a, b) => a.k - b.k)
              .map(({ item }) => item);
          expect(
            rankActivities(shuffle(episodes), shuffle(checkins), shuffle(custom), catalogue),
          ).toEqual(rankActivities(episodes, checkins, custom, catalogue));
        },
      ),
    );
  });

  it('lists every activity once, with use counts never rising down the list (property)', () => {
    fc.assert(
      fc.property(fc.array(episodeArb), checkinArb, customArb, (episodes, checkins, custom) => {
        const ranked = ids(rankActivities(episodes, checkins, custom, catalogue));
        expect([...ranked].sort()).toEqual([...ids(catalogue), ...ids(custom)].sort());
        const count = (id: string) =>
          episodes.filter((e) => e.activityId === id && e.deletedAt === undefined).length +
          checkins.filter((c) => c === id).length;
        const counts = ranked.map(count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }),
    );
  });
});

describe('findActivityByName', () => {
  it('matches a listed name ignoring case and spaces', () => {
    const choices = rankActivities([], [], [], catalogue);
    expect(findActivityByName('  moving FURNITURE ', choices)?.id).toBe('cat-moving-furniture');
    expect(findActivityByName('Juggling', choices)).toBeUndefined();
  });
});
