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
import { MIN_DAYS, MIN_LINKED_SPASMS, passesGate } from './trigger-verdict';
import { findingSentence } from './trigger-wording';
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

  it('never says "likely" or "possible" below the minimum counts or without spasms begun with it', () => {
    fc.assert(
      fc.property(diaries, ({ episodes, checkins }) => {
        for (const f of analyseTriggers(episodes, checkins, utcDay)) {
          const c = f.counts;
          const below =
            f.linked < MIN_LINKED_SPASMS || c.daysWith < MIN_DAYS || c.daysWithout < MIN_DAYS;
          if (below) expect(['too-early', 'no-sign']).toContain(f.verdict);
          if (f.verdict === 'likely') expect(c.onsetDays).toBeGreaterThanOrEqual(3);
          if (f.verdict === 'possible') expect(c.onsetDays).toBeGreaterThanOrEqual(2);
          if (f.verdict === 'likely' || f.verdict === 'possible') {
            expect(f.share.count).toBeGreaterThanOrEqual(c.onsetDays);
            expect(c.spasmDaysWith * c.daysWithout).toBeGreaterThan(
              c.spasmDaysWithout * c.daysWith,
            );
          }
          expect(f.adjusted === null).toBe(!passesGate(c));
        }
      }),
    );
  });

  it('words every verdict with counts, never a percentage, and never against the verdict', () => {
    fc.assert(
      fc.property(diaries, ({ episodes, checkins }) => {
        for (const f of analyseTriggers(episodes, checkins, utcDay)) {
          const sentence = findingSentence(f, 'Own');
          expect(sentence).not.toMatch(/%|p =|95/);
          if (f.verdict === 'likely' || f.verdict === 'possible') {
            expect(sentence).not.toMatch(/^None|did not begin|none began/);
          }
          if (f.verdict === 'possible') expect(sentence).toContain('could still be chance');
          if (f.verdict === 'no-sign')
            expect(sentence).toContain('so far; this does not rule it out');
          if (f.verdict === 'likely') expect(sentence).not.toMatch(/chance\.|no sign/i);
        }
      }),
    );
  });
});
