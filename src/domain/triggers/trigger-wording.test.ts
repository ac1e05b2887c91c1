import { describe, expect, it } from 'vitest';
import { wilson } from '../common';
import { triggerAdvice } from './trigger-advice';
import { clinicianStatistics } from './trigger-statistics';
import { shortfall, type TriggerCounts, type Verdict } from './trigger-verdict';
import {
  coExposureSentence,
  countsExplained,
  findingSentence,
  naturalFrequency,
  onsetPhrase,
  shortfallSentence,
  spasmsBehind,
} from './trigger-wording';
import type { TriggerFinding } from './triggers';

const FLOOR = 'cat-floor-pickup';
const FLOOR_NAME = 'Picking something up from the floor';

/** The example: 16 of 23 spasms began with it; 16 of 32 days with it, 7 of 140 without. */
function finding(verdict: Verdict, counts: Partial<TriggerCounts> = {}): TriggerFinding {
  const c: TriggerCounts = {
    daysWith: 32,
    daysWithout: 140,
    spasmDaysWith: 16,
    spasmDaysWithout: 7,
    onsetDays: 16,
    linked: 16,
    ...counts,
  };
  return {
    kind: 'activity',
    id: FLOOR,
    share: wilson(c.onsetDays, 23),
    othersOnDays: 0,
    linked: c.linked,
    counts: c,
    pOnset: 0,
    pDay: 0,
    adjusted: verdict === 'too-early' ? null : { holm: 0, q: 0, family: 5 },
    rateRatio: { ratio: 10, lower: 4.1, upper: 24.4 },
    sharedDaysWith: [],
    via: [],
    shortfall: shortfall(c),
    verdict,
  };
}

describe('trigger wording', () => {
  it('quotes the person’s own activities, and uses a phrase for catalogue ones and movements', () => {
    expect(onsetPhrase({ kind: 'activity', id: 'custom-1' }, 'Walking the dog')).toBe(
      'with “Walking the dog”',
    );
    expect(onsetPhrase({ kind: 'activity', id: 'cat-desk-work' }, 'Desk work')).toBe(
      'during desk work',
    );
    expect(onsetPhrase({ kind: 'movement', id: 'twisting' }, 'Twisting')).toBe('while twisting');
  });

  it('gives rates as natural frequencies, never percentages', () => {
    expect(naturalFrequency(1, 20)).toBe('about 1 day in 20');
    expect(naturalFrequency(16, 32)).toBe('about 1 day in 2');
    expect(naturalFrequency(8, 12)).toBe('about 7 days in 10');
    expect(naturalFrequency(19, 20)).toBe('about 9 days in 10');
    expect(naturalFrequency(5, 5)).toBe('every day');
  });

  it('says a likely trigger with its counts first, as in the rule’s own example', () => {
    expect(findingSentence(finding('likely'), FLOOR_NAME)).toBe(
      '16 of your 23 spasms began while picking something up from the floor. On days you did it, ' +
        'one began during it about 1 day in 2; on other days, about 1 day in 20. That is more ' +
        'often than chance would explain, even across all you log.',
    );
  });

  it('adds "could still be chance" to a possible trigger', () => {
    expect(findingSentence(finding('possible'), FLOOR_NAME)).toMatch(
      /about 1 day in 20\. It came more often on those days, but this could still be chance\.$/,
    );
  });

  it('says "no sign so far" without ruling it out, and never contradicts itself', () => {
    const lower = finding('no-sign', { onsetDays: 0, spasmDaysWith: 1, linked: 1 });
    expect(findingSentence({ ...lower, share: wilson(0, 23) }, FLOOR_NAME)).toBe(
      'None of your 23 spasms began while picking something up from the floor. On the 32 days ' +
        'you did it, none began with it; on other days, about 1 day in 20. No sign so far; this ' +
        'does not rule it out.',
    );
    const higher = finding('no-sign', { onsetDays: 3, spasmDaysWith: 3, linked: 3 });
    expect(findingSentence(higher, FLOOR_NAME)).toMatch(
      /A difference this small could be chance: no sign so far; this does not rule it out\.$/,
    );
  });

  it('gives no rates while it is too early, and says what is missing', () => {
    const early = finding('too-early', { daysWith: 4, onsetDays: 2, spasmDaysWith: 2, linked: 2 });
    expect(findingSentence(early, FLOOR_NAME)).toBe(
      '2 of your 23 spasms began while picking something up from the floor.',
    );
    expect(shortfallSentence(early.shortfall)).toBe(
      'To tell, the app needs 1 more spasm linked to it and 6 more check-in days when you did it.',
    );
    expect(shortfallSentence({ spasms: 0, daysWithIt: 0, daysWithout: 0 })).toBeNull();
  });

  it('notes activities done on the same days, but never on "too early"', () => {
    const shared = { ...finding('possible'), sharedDaysWith: ['cat-gardening', 'b', 'c'] };
    const names: Record<string, string> = { 'cat-gardening': 'Gardening', b: 'Desk work' };
    expect(coExposureSentence(shared, (id) => names[id] ?? id)).toBe(
      "You often did this on the same days as Gardening and Desk work, so the app can't fully tell them apart.",
    );
    expect(coExposureSentence({ ...shared, verdict: 'too-early' }, () => 'x')).toBeNull();
    expect(coExposureSentence(finding('likely'), () => 'x')).toBeNull();
  });

  it('explains what the card counts, so its link’s number agrees', () => {
    const f = { ...finding('likely'), othersOnDays: 7 };
    expect(countsExplained(f)).toBe(
      '16 spasms began with it; 7 other spasms came on days you did it but began with something else.',
    );
    expect(spasmsBehind(f)).toBe(23);
    expect(countsExplained(finding('likely'))).toBe('16 spasms began with it.');
  });
});

describe('what to do with a trigger', () => {
  it('prepares and practises rather than avoids, with the plan’s related steps', () => {
    const advice = triggerAdvice(finding('likely'));
    expect(advice?.ladder).toBe('hinge');
    const text = advice?.steps.join(' ') ?? '';
    expect(text).toMatch(/Avoiding it for good is not the aim/);
    expect(text).toMatch(/smaller loads, held close to your body/);
    expect(text).toMatch(/hip hinge your plan teaches/);
    expect(text).toMatch(/hinge steps of your plan/);
    expect(text).toMatch(/beliefs journal/);
    expect(triggerAdvice({ id: 'cat-desk-work', verdict: 'possible' })?.ladder).toBe('extension');
    expect(triggerAdvice({ id: 'custom-1', verdict: 'possible' })?.ladder).toBeNull();
  });

  it('asks nothing of "no sign" or "too early"', () => {
    expect(triggerAdvice({ id: FLOOR, verdict: 'no-sign' })).toBeNull();
    expect(triggerAdvice({ id: FLOOR, verdict: 'too-early' })).toBeNull();
  });
});

describe('clinicianStatistics', () => {
  it('gives the 2x2 counts, the rate ratio with its 95 % interval and the correction', () => {
    expect(clinicianStatistics(finding('likely'))).toBe(
      'A spasm began with it on 16 of 32 check-in days with it, against a spasm on 7 of 140 other ' +
        'check-in days: rate ratio 10 (95 % CI 4.1 to 24); one-sided mid-p exact test, Holm ' +
        'correction over 5 activities.',
    );
    expect(clinicianStatistics({ ...finding('no-sign'), adjusted: null })).toMatch(
      /Not tested: fewer than 3 spasms linked to it\.$/,
    );
  });
});
