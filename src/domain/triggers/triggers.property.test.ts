import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diaryFromDays,
  seededRandom,
  utcDay,
  type PlannedDay,
} from '../../../tests/bench/synthetic-diary';
import { movements } from '../episodes';
import { analysePatterns } from './patterns';
import { MIN_EXPOSURE_DAYS, MIN_LINKED_SPASMS } from './trigger-verdict';
import { analyseTriggers } from './triggers';

const ids = ['a', 'b', 'c'];
const plannedDay: fc.Arbitrary<PlannedDay> = fc.record({
  activities: fc.subarray(ids),
  spasms: fc.array(
    fc.record({
      activityId: fc.option(fc.constantFrom(...ids), { nil: undefined }),
      movement: fc.constantFrom(...movements),
      hour: fc.integer({ min: 0, max: 23 }),
    }),
    { maxLength: 2 },
  ),
});
const diaries = fc
  .array(plannedDay, { minLength: 1, maxLength: 40 })
  .map((days) => diaryFromDays(days));

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const analyse = (diary: ReturnType<typeof diaryFromDays>) =>
  analysePatterns({
    ...diary,
    today: '2026-11-25',
    weekStartsOn: 1,
    dayOf: utcDay,
    hourOf: (instant) => new Date(instant).getUTCHours(),
    weekdayOf: (instant) => new Date(instant).getUTCDay(),
  });

describe('trigger analysis invariants', () => {
  it('gives the same result whatever order the records arrive in', () => {
    fc.assert(
      fc.property(diaries, fc.integer(), (diary, seed) => {
        const reordered = {
          episodes: shuffled(diary.episodes, seed),
          checkins: shuffled(diary.checkins, seed + 1),
        };
        expect(analyse(reordered)).toEqual(analyse(diary));
      }),
    );
  });

  it('never counts soft-deleted spasms or check-ins', () => {
    fc.assert(
      fc.property(diaries, diaries, (diary, extra) => {
        const deletedAt = '2026-11-25T12:00:00.000Z';
        const withDeleted = {
          episodes: [
            ...diary.episodes,
            ...extra.episodes.map((e) => ({ ...e, id: `x-${e.id}`, deletedAt })),
          ],
          checkins: [
            ...diary.checkins,
            ...extra.checkins.map((c) => ({ ...c, id: `x-${c.id}`, deletedAt })),
          ],
        };
        expect(analyse(withDeleted)).toEqual(analyse(diary));
      }),
    );
  });

  it('never says "likely" or "possible" below the minimum counts', () => {
    fc.assert(
      fc.property(diaries, ({ episodes, checkins }) => {
        for (const f of analyseTriggers(episodes, checkins, utcDay)) {
          const below =
            f.linked < MIN_LINKED_SPASMS ||
            (f.exposure !== null &&
              (f.exposure.withIt.of < MIN_EXPOSURE_DAYS ||
                f.exposure.without.of < MIN_EXPOSURE_DAYS));
          if (below) expect(['too-early', 'no-sign']).toContain(f.verdict);
          if (f.verdict === 'likely') {
            expect(f.exposure!.withIt.lower).toBeGreaterThan(f.exposure!.without.point);
          }
        }
      }),
    );
  });
});
