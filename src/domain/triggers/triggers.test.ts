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

/** 60 days: the floor on 20 (a spasm began with it on 10), desk work on the 40 others (2 spasms). */
function floorExample(): PlannedDay[] {
  return Array.from({ length: 60 }, (_, i): PlannedDay => {
    if (i < 20) {
      return {
        activities: [FLOOR],
        spasms: i % 2 === 0 ? [{ activityId: FLOOR, movement: 'lifting' }] : [],
      };
    }
    return { activities: [DESK], spasms: i === 30 || i === 40 ? [{ activityId: DESK }] : [] };
  });
}

/** `n1` days with "a" (a spasm began with it on `b`), `n0` days without (a "not sure" spasm on `y`). */
function table(n1: number, b: number, n0: number, y: number): PlannedDay[] {
  return [
    ...Array.from({ length: n1 }, (_, i) => ({
      activities: ['a'],
      spasms: i < b ? [{ activityId: 'a' }] : [],
    })),
    ...Array.from({ length: n0 }, (_, i) => ({ activities: [], spasms: i < y ? [{}] : [] })),
  ];
}

describe('analyseTriggers', () => {
  it('calls a clear trigger likely, with its day counts and the words behind it', () => {
    const floor = findingFor(analyse(floorExample()), FLOOR);
    expect(floor.counts).toEqual({
      daysWith: 20,
      daysWithout: 40,
      spasmDaysWith: 10,
      spasmDaysWithout: 2,
      onsetDays: 10,
      linked: 10,
    });
    expect(floor.verdict).toBe('likely');
    expect(floor.adjusted?.family).toBe(1);
    expect(findingSentence(floor, 'Picking something up from the floor')).toBe(
      '10 of your 12 spasms began while picking something up from the floor. On days you did it, ' +
        'one began during it about 1 day in 2; on other days, about 1 day in 20. That is more ' +
        'often than chance would explain, even across all you log.',
    );
  });

  it('says "no sign" before 3 linked spasms once 3 were expected at the other days’ rate', () => {
    const findings = analyse(floorExample());
    expect(findings[0]?.id).toBe(FLOOR);
    const desk = findingFor(findings, DESK);
    expect(desk).toMatchObject({ linked: 2, adjusted: null, verdict: 'no-sign' });
  });

  it('tests a movement on the days of the activities the person logged with it', () => {
    const findings = analyse(floorExample());
    const lifting = findingFor(findings, 'lifting');
    expect(lifting).toMatchObject({ kind: 'movement', via: [FLOOR], share: { count: 10, of: 12 } });
    expect(lifting.counts).toMatchObject({ daysWith: 20, onsetDays: 10, spasmDaysWithout: 2 });
    expect(lifting.verdict).toBe('likely');
    expect(findings.some((f) => f.id === 'not-sure')).toBe(false);
  });

  it('never tests a movement on days known only from its spasms', () => {
    // Bending forward every spasm, never with an activity: no days to compare, so too early.
    const days = table(0, 0, 40, 0).map((d, i) =>
      i % 3 === 0 ? { ...d, spasms: [{ movement: 'bending-forward' as const }] } : d,
    );
    const bending = findingFor(analyse(days), 'bending-forward');
    expect(bending.counts.daysWith).toBe(0);
    expect(bending.verdict).toBe('too-early');
  });

  it('holds the minimum-data gate at its edges', () => {
    const early = findingFor(analyse(table(9, 5, 20, 0)), 'a');
    expect(early.verdict).toBe('too-early');
    expect(early.shortfall).toEqual({ spasms: 0, daysWithIt: 1, daysWithout: 0 });
    expect(findingFor(analyse(table(10, 5, 20, 0)), 'a').verdict).toBe('likely');
    expect(findingFor(analyse(table(20, 5, 9, 0)), 'a').shortfall.daysWithout).toBe(1);

    const two = findingFor(analyse(table(20, 2, 20, 0)), 'a');
    expect(two).toMatchObject({ linked: 2, verdict: 'too-early', adjusted: null });
    expect(two.shortfall.spasms).toBe(1);
    expect(findingFor(analyse(table(20, 3, 20, 0)), 'a').adjusted).not.toBeNull();

    // Fewer than 3 linked: "no sign" only once n1 * y / n0 >= 3.
    expect(findingFor(analyse(table(10, 0, 10, 3)), 'a').verdict).toBe('no-sign');
    expect(findingFor(analyse(table(10, 0, 11, 3)), 'a').verdict).toBe('too-early');
  });

  it('needs the onset test to survive Holm over the whole family for "likely"', () => {
    // 3 of 10 vs 0 of 20: P(X = 3) = C(10,3)/C(30,3) = 120/4060, mid-p = 60/4060, below 0.05.
    const alone = findingFor(analyse(table(10, 3, 20, 0)), 'a');
    expect(alone.pOnset).toBeCloseTo(60 / 4060, 12);
    expect(alone.verdict).toBe('likely');
    // Seven more activities past the gate (on days 0-19: 3 spasm days each): Holm over 8 is
    // 8 x 0.0148 = 0.118, and BH's q is the same for the smallest: neither likely nor possible.
    const others = ['b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const days = table(10, 3, 20, 0).map((d, i) => ({
      ...d,
      activities: i < 20 ? [...d.activities, ...others] : d.activities,
    }));
    const crowded = findingFor(analyse(days), 'a');
    expect(crowded.adjusted?.family).toBe(8);
    expect(crowded.adjusted?.holm).toBeCloseTo((8 * 60) / 4060, 12);
    expect(crowded.adjusted?.q).toBeCloseTo((8 * 60) / 4060, 12);
    expect(crowded.verdict).toBe('no-sign');
  });

  it('notes activities that share more than half of either’s days', () => {
    const days = Array.from({ length: 40 }, (_, i): PlannedDay => ({
      activities: i < 16 ? ['a', 'b'] : i < 20 ? ['a'] : ['c'],
      spasms: i < 8 ? [{ activityId: 'a' }] : [],
    }));
    const findings = analyse(days);
    expect(findingFor(findings, 'a').sharedDaysWith).toEqual(['b']);
    expect(findingFor(findings, 'b').sharedDaysWith).toEqual(['a']);
    expect(findingFor(findings, 'c').sharedDaysWith).toEqual([]);
  });

  it('does not blame an activity for spasms that began with another on the same days', () => {
    const findings = analyse(
      Array.from({ length: 60 }, (_, i): PlannedDay => ({
        activities: i < 20 ? [FLOOR, DESK] : i < 25 ? [DESK] : [],
        spasms: i < 20 && i % 2 === 0 ? [{ activityId: FLOOR }] : [],
      })),
    );
    expect(findingFor(findings, FLOOR).verdict).toBe('likely');
    expect(findingFor(findings, DESK).verdict).toBe('no-sign');
    expect(findingFor(findings, DESK).othersOnDays).toBe(10);
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
});
