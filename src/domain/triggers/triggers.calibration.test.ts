import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../tests/support/domain/trigger-calibration';
import {
  eightActivities,
  withTrigger,
  type Scenario,
} from '../../../tests/support/domain/trigger-diaries';

// docs/domain.md §2: over at least 200 seeded diaries per scenario, a false "likely" in at most 1 %
// of diaries and a false "possible" or "likely" in at most 5 %; a strong trigger "likely" in >= 95 %.
const DIARIES = 200;
const trigger = { ...eightActivities[0]!, chance: 0.45 };
const scenarios: Record<string, Scenario> = {
  'no trigger, base rate 3 %': { days: 180, base: 0.03, activities: eightActivities.slice(0, 3) },
  'no trigger, base rate 12 %': { days: 180, base: 0.12, activities: eightActivities.slice(0, 3) },
  'eight harmless activities over a year': { days: 365, base: 0.05, activities: eightActivities },
  'one trigger among eight activities': { days: 180, base: 0.03, activities: withTrigger(0.25) },
  'a harmless activity done mostly on the trigger’s days': {
    days: 180,
    base: 0.03,
    activities: [
      trigger,
      {
        id: 'cat-housework',
        share: 0.05,
        movement: 'reaching',
        coDoneWith: { id: trigger.id, share: 0.8 },
      },
      ...eightActivities.slice(1, 3),
    ],
  },
  'a 60-day diary with one trigger': {
    days: 60,
    base: 0.05,
    activities: withTrigger(0.45, eightActivities.slice(0, 4)),
  },
  'stress: every “not sure” spasm blamed on something done that day': {
    days: 180,
    base: 0.12,
    activities: eightActivities,
    blameNotSure: true,
  },
  'stress, with one trigger among eight': {
    days: 180,
    base: 0.12,
    activities: withTrigger(0.3),
    blameNotSure: true,
  },
};

describe('trigger verdict calibration (200 seeded diaries per scenario)', () => {
  it.each(Object.entries(scenarios))('%s: few false alarms', (_, scenario) => {
    const result = calibrate(scenario, DIARIES);
    expect(result.falseLikely / DIARIES).toBeLessThanOrEqual(0.01);
    expect(result.falseAlarm / DIARIES).toBeLessThanOrEqual(0.05);
  });

  it('finds a strong trigger (45 % a day vs 3 %, on 20 % of days) "likely" in 180-day diaries', () => {
    const result = calibrate({ days: 180, base: 0.03, activities: withTrigger(0.45) }, DIARIES);
    expect(result.triggerLikely / DIARIES).toBeGreaterThanOrEqual(0.95);
    expect(result.falseLikely / DIARIES).toBeLessThanOrEqual(0.01);
    expect(result.falseAlarm / DIARIES).toBeLessThanOrEqual(0.05);
  });
});
