import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEpisode } from '../../../tests/support/domain/test-builders';
import { movements } from './episode';
import { dateRangeProblem, episodeMatcher, isNarrowed, type EpisodeSearch } from './episode-search';

const dayOf = (instant: string) => instant.slice(0, 10);
const names: Record<string, string> = { 'cat-floor-pickup': 'Picking something up from the floor' };
const nameOf = (id: string) => names[id] ?? 'An activity that was removed';
const matches = (search: EpisodeSearch, overrides: Parameters<typeof buildEpisode>[0]) =>
  episodeMatcher(search, nameOf, dayOf)(buildEpisode(overrides));

describe('episodeMatcher', () => {
  it('finds words in the notes, the activity name and the movement, ignoring case', () => {
    expect(matches({ text: 'STRAIGHTENED' }, { notes: 'Felt it go as I straightened up.' })).toBe(
      true,
    );
    expect(matches({ text: 'floor' }, { activityId: 'cat-floor-pickup' })).toBe(true);
    expect(matches({ text: 'twisting' }, { movement: 'twisting' })).toBe(true);
    expect(
      matches({ text: 'floor twisting' }, { activityId: 'cat-floor-pickup', movement: 'lifting' }),
    ).toBe(false);
    expect(matches({ text: 'garden' }, { notes: undefined, activityId: undefined })).toBe(false);
  });

  it('keeps a range of local days, both ends included', () => {
    const at = { startedAt: '2023-03-10T08:00:00.000Z' };
    expect(matches({ from: '2023-03-10', to: '2023-03-10' }, at)).toBe(true);
    expect(matches({ from: '2023-03-11' }, at)).toBe(false);
    expect(matches({ to: '2023-03-09' }, at)).toBe(false);
  });

  it('never lists a deleted spasm', () => {
    expect(matches({}, { deletedAt: '2026-11-26T00:00:00.000Z' })).toBe(false);
  });

  it('never finds more when a condition is added (property)', () => {
    const search = fc.record({
      text: fc.option(fc.constantFrom('floor', 'up', 'twist', 'x y'), { nil: undefined }),
      from: fc.option(fc.constantFrom('2023-01-01', '2024-06-30'), { nil: undefined }),
      to: fc.option(fc.constantFrom('2023-12-31', '2025-01-01'), { nil: undefined }),
      activityId: fc.option(fc.constantFrom('cat-floor-pickup', 'cat-gardening'), {
        nil: undefined,
      }),
      movement: fc.option(fc.constantFrom(...movements), { nil: undefined }),
    });
    const episode = fc.record({
      startedAt: fc
        .integer({ min: Date.parse('2022-01-01'), max: Date.parse('2026-01-01') })
        .map((ms) => new Date(ms).toISOString()),
      notes: fc.option(fc.constantFrom('Felt it go as I straightened up.', 'twist'), {
        nil: undefined,
      }),
      activityId: fc.option(fc.constantFrom('cat-floor-pickup', 'cat-gardening'), {
        nil: undefined,
      }),
      movement: fc.constantFrom(...movements),
    });
    const fields = ['text', 'from', 'to', 'activityId', 'movement'] as const;
    fc.assert(
      fc.property(search, episode, fc.constantFrom(...fields), (s, e, field) => {
        const wider = { ...s, [field]: undefined };
        if (matches(s, e)) expect(matches(wider, e)).toBe(true);
      }),
    );
  });
});

describe('isNarrowed and dateRangeProblem', () => {
  it('treats blank text as no search, and refuses a range that ends before it starts', () => {
    expect(isNarrowed({ text: '   ' })).toBe(false);
    expect(isNarrowed({ to: '2024-01-01' })).toBe(true);
    expect(dateRangeProblem({ from: '2024-02-01', to: '2024-01-01' })).toMatch(/after/);
    expect(dateRangeProblem({ from: '2024-01-01', to: '2024-01-01' })).toBeNull();
  });
});
