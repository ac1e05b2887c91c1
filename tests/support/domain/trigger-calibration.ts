// Runs a scenario over many seeded diaries and counts the verdicts the calibration suite checks.
import { analyseTriggers } from '../../../src/domain/triggers';
import { generateDiary, type Scenario } from './trigger-diaries';

const utcDay = (instant: string) => instant.slice(0, 10);

export type Calibration = {
  diaries: number;
  /** Diaries with any harmless activity or movement called "likely". */
  falseLikely: number;
  /** Diaries with any harmless activity or movement called "possible" or "likely". */
  falseAlarm: number;
  /** Diaries in which every planted trigger is "likely". */
  triggerLikely: number;
};

/**
 * Harmless: an activity with no chance of its own, and a movement no trigger's spasms begin with.
 * Seeds `firstSeed`..`firstSeed + diaries - 1`.
 */
export function calibrate(scenario: Scenario, diaries: number, firstSeed = 1): Calibration {
  const triggers = scenario.activities.filter((a) => (a.chance ?? 0) > 0);
  const triggerIds = new Set(triggers.flatMap((a) => [a.id, a.movement]));
  const result: Calibration = { diaries, falseLikely: 0, falseAlarm: 0, triggerLikely: 0 };
  for (let seed = firstSeed; seed < firstSeed + diaries; seed++) {
    const { episodes, checkins } = generateDiary(scenario, seed);
    const findings = analyseTriggers(episodes, checkins, utcDay);
    const harmless = findings.filter((f) => !triggerIds.has(f.id));
    if (harmless.some((f) => f.verdict === 'likely')) result.falseLikely += 1;
    if (harmless.some((f) => f.verdict === 'likely' || f.verdict === 'possible'))
      result.falseAlarm += 1;
    const found = triggers.every((t) =>
      findings.some((f) => f.kind === 'activity' && f.id === t.id && f.verdict === 'likely'),
    );
    if (triggers.length > 0 && found) result.triggerLikely += 1;
  }
  return result;
}
