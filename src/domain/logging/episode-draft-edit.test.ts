import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftToEpisode, type EpisodeDraft } from './episode-draft';
import { episodeToDraft, keepUnchanged } from './episode-draft-edit';
import { lbToKg, type Units } from '../settings';
import { buildEpisode, testClock, withoutMeta } from '../../../tests/support/domain/test-builders';

// Local wall time is treated as UTC here, so expected instants are easy to read.
const utc = (local: string) => {
  const time = Date.parse(`${local}:00.000Z`);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
};
const toLocal = (instant: string) => instant.slice(0, 16);

describe('episodeToDraft', () => {
  it('gives back the same episode after a round trip through the edit form (property)', () => {
    const minute = fc
      .integer({
        min: Date.parse('2020-01-01T00:00:00Z') / 60_000,
        max: Date.parse(testClock.now) / 60_000 - 120,
      })
      .map((m) => new Date(m * 60_000).toISOString());
    fc.assert(
      fc.property(
        minute,
        fc.integer({ min: 0, max: 10 }),
        fc.boolean(),
        (startedAt, severity, ended) => {
          const endedAt = ended
            ? new Date(Date.parse(startedAt) + 3_600_000).toISOString()
            : undefined;
          const stored = buildEpisode({ startedAt, severity, endedAt });
          const back = draftToEpisode(episodeToDraft(stored, 'kg', toLocal), testClock, 'kg', utc);
          expect(back).toEqual({ ok: true, value: withoutMeta(stored) });
        },
      ),
    );
  });

  it('shows a stored load in pounds to the nearest half pound', () => {
    const episode = buildEpisode({ loadKg: 10 });
    expect(episodeToDraft(episode, 'lb', toLocal).load).toBe('22');
    expect(episodeToDraft(episode, 'kg', toLocal).load).toBe('10');
  });
});

describe('keepUnchanged', () => {
  const stored = buildEpisode({
    startedAt: '2026-11-25T08:30:42.123Z',
    endedAt: '2026-11-25T09:10:05.000Z',
    loadKg: 12,
  });
  const edit = (overrides: Partial<EpisodeDraft>, units: Units = 'kg') => {
    const form = { ...episodeToDraft(stored, units, toLocal), ...overrides };
    const result = draftToEpisode(form, testClock, units, utc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return keepUnchanged(result.value, form, stored, units, toLocal);
  };

  it('keeps the stored times and load when they were left as they were', () => {
    const kept = { startedAt: stored.startedAt, endedAt: stored.endedAt, loadKg: 12 };
    expect(edit({ severity: 2 })).toMatchObject({ ...kept, severity: 2 });
    // 12 kg shows as 26.5 lb; saving that unchanged must not store 12.02 kg.
    expect(edit({ severity: 2 }, 'lb')).toMatchObject({ ...kept, severity: 2 });
    expect(edit({ load: '20' }, 'lb').loadKg).toBe(lbToKg(20));
  });

  it('uses the new time once one is changed, and drops the end when it is going again', () => {
    expect(edit({ exactStart: '2026-11-25T08:00' }).startedAt).toBe('2026-11-25T08:00:00.000Z');
    expect(edit({ endedAt: '2026-11-25T10:00' }).endedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(edit({ stillGoing: true }).endedAt).toBeUndefined();
  });
});
