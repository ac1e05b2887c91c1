import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { END_NOT_RECORDED_AFTER_MS, spasmEndState, spasmsToAskAbout } from './spasm-end';

const now = '2026-12-06T09:00:00.000Z';
const ago = (hours: number) => new Date(Date.parse(now) - hours * 3_600_000).toISOString();

describe('the end of a spasm (issue 20)', () => {
  it('is ended once it has an end time, whatever its age', () => {
    expect(spasmEndState({ startedAt: ago(100), endedAt: ago(99) }, now)).toBe('ended');
  });

  it('is still going under a day, and "end not recorded" from a day on', () => {
    expect(spasmEndState({ startedAt: ago(0), endedAt: undefined }, now)).toBe('going');
    expect(spasmEndState({ startedAt: ago(23.9), endedAt: undefined }, now)).toBe('going');
    expect(spasmEndState({ startedAt: ago(24), endedAt: undefined }, now)).toBe('end-not-recorded');
    expect(spasmEndState({ startedAt: ago(24 * 365), endedAt: undefined }, now)).toBe(
      'end-not-recorded',
    );
  });

  it('asks Today only about the spasms still going, newest first', () => {
    const spasms = [
      { id: 'old', startedAt: ago(30), endedAt: undefined },
      { id: 'morning', startedAt: ago(2), endedAt: undefined },
      { id: 'night', startedAt: ago(12), endedAt: undefined },
      { id: 'done', startedAt: ago(3), endedAt: ago(2) },
    ];
    expect(spasmsToAskAbout(spasms, now).map((s) => s.id)).toEqual(['morning', 'night']);
  });

  it('never calls a spasm older than a day "still going"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 365 * 24 * 60 }), (minutes) => {
        const startedAt = new Date(Date.parse(now) - minutes * 60_000).toISOString();
        const state = spasmEndState({ startedAt, endedAt: undefined }, now);
        expect(state === 'going').toBe(minutes * 60_000 < END_NOT_RECORDED_AFTER_MS);
      }),
    );
  });
});
