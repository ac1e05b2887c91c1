import { describe, expect, it } from 'vitest';
import {
  diaryFromDays,
  PLANTED_TRIGGER,
  syntheticDiary,
  UNRELATED_ACTIVITY,
  utcDay,
  type PlannedDay,
} from '../../../tests/bench/synthetic-diary';
import { findingSentence } from './trigger-wording';
import { analyseTriggers, type TriggerFinding } from './triggers';

const FLOOR = 'cat-floor-pickup';
const DESK = 'cat-desk-work';

const findingFor = (findings: TriggerFinding[], id: string) => {
  const found = findings.find((f) => f.id === id);
  if (!found) throw new Error(`no finding for ${id}`);
  return found;
};
const analyse = (days: PlannedDay[]) => {
  const { episodes, checkins } = diaryFromDays(days);
  return analyseTriggers(episodes, checkins, utcDay);
};

/** 60 days: the floor on 9 days (4 with a spasm begun with it), 2 spasms on the 51 other days. */
function issueExample(): PlannedDay[] {
  return Array.from({ length: 60 }, (_, i): PlannedDay => {
    if (i < 9) {
      return {
        activities: [FLOOR],
        spasms: i < 4 ? [{ activityId: FLOOR, movement: 'lifting' }] : [],
      };
    }
    return { activities: [DESK], spasms: i === 30 || i === 40 ? [{ activityId: DESK }] : [] };
  });
}

describe('analyseTriggers', () => {
  it('reproduces the issue’s example with its counts, as a likely trigger', () => {
    const floor = findingFor(analyse(issueExample()), FLOOR);
    expect(floor.verdict).toBe('likely');
    expect(findingSentence(floor, 'Picking something up from the floor')).toBe(
      '4 of your 6 spasms began while picking something up from the floor; on days you did it, ' +
        'a spasm followed 4 times in 9 days, against 2 times in 51 other days.',
    );
  });

  it('ranks the likely trigger first and says "no sign" for an activity with a lower rate', () => {
    const findings = analyse(issueExample());
    expect(findings[0]?.id).toBe(FLOOR);
    const desk = findingFor(findings, DESK);
    expect(desk.exposure?.withIt).toMatchObject({ count: 2, of: 51 });
    expect(desk.verdict).toBe('no-sign');
  });

  it('lists movements with counts but never calls one likely: there are no days to compare', () => {
    const lifting = findingFor(analyse(issueExample()), 'lifting');
    expect(lifting).toMatchObject({ kind: 'movement', exposure: null, share: { count: 4, of: 6 } });
    expect(lifting.verdict).toBe('possible');
    expect(analyse(issueExample()).some((f) => f.id === 'not-sure')).toBe(false);
  });

  it('says "too early" below 3 linked spasms or 5 days with the activity, saying what is missing', () => {
    const days = issueExample().map((d, i) => (i >= 2 && i < 4 ? { activities: [FLOOR] } : d));
    const floor = findingFor(analyse(days), FLOOR);
    expect(floor.linked).toBe(2);
    expect(floor.verdict).toBe('too-early');
    expect(floor.shortfall).toEqual({ spasms: 1, daysWithIt: 0, daysWithout: 0 });

    const fewDays = findingFor(
      analyse(issueExample().slice(0, 4).concat(issueExample().slice(9))),
      FLOOR,
    );
    expect(fewDays.verdict).toBe('too-early');
    expect(fewDays.shortfall.daysWithIt).toBe(1);
  });

  it('counts the day-level case-crossover against the days 1 and 2 before each spasm', () => {
    // Spasm on day 2 began with the floor; the floor was done on day 0 but not day 1.
    const findings = analyse([
      { activities: [FLOOR] },
      { activities: [DESK] },
      { activities: [FLOOR], spasms: [{ activityId: FLOOR }] },
    ]);
    expect(findingFor(findings, FLOOR).crossover).toEqual({
      sets: 1,
      hazardExposed: 1,
      controlDays: 2,
      controlExposed: 1,
      oddsRatio: null,
    });
    expect(findingFor(findings, DESK).crossover).toMatchObject({
      hazardExposed: 0,
      controlExposed: 1,
    });
  });

  it('finds a planted trigger in 2 years of synthetic diary as likely, and not the unrelated one', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { episodes, checkins } = syntheticDiary({ seed, days: 730, episodes: 120 });
      const findings = analyseTriggers(episodes, checkins, utcDay);
      expect(findingFor(findings, PLANTED_TRIGGER).verdict).toBe('likely');
      expect(findingFor(findings, UNRELATED_ACTIVITY).verdict).not.toBe('likely');
      expect(findings[0]?.id).toBe(PLANTED_TRIGGER);
    }
  });

  it('the case-crossover odds ratio is well above 1 for the planted trigger', () => {
    const { episodes, checkins } = syntheticDiary({ seed: 9, days: 730, episodes: 120 });
    const odds = findingFor(analyseTriggers(episodes, checkins, utcDay), PLANTED_TRIGGER).crossover;
    expect(odds?.oddsRatio).toBeGreaterThan(3);
  });
});
