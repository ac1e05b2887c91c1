// Flare mode across reviews: when it ends (a calm week wholly after the flare began).
// The week is Monday 5 to Sunday 11 January 2026.
import { describe, expect, it } from 'vitest';
import { defaultPrescription } from './exercise-library';
import { startFlareMode } from './flare';
import type { Plan } from './plan';
import { FIRST_WEEK, buildOneExercisePlan, weekInput } from './plan-test-builders';
import { reviewWeek } from './weekly-review';

const bridge = defaultPrescription('glute-bridge')!;
const flaringSince = (flareSince: string): Plan => ({
  ...buildOneExercisePlan(bridge),
  flareMode: true,
  flareSince,
});
const NEXT_WEEK = '2026-01-12';

describe('flare mode ends only after a calm week wholly after the flare began', () => {
  it('keeps flare mode on through the week it began in, even from its first day', () => {
    const fromMonday = reviewWeek(weekInput(flaringSince(FIRST_WEEK), FIRST_WEEK));
    expect(fromMonday.status).toBe('flare-mode');
    expect(fromMonday.decisions[0]).toMatchObject({ action: 'hold', reason: 'flare-mode' });
    expect(fromMonday.plan).toMatchObject({ flareMode: true, flareSince: FIRST_WEEK });
    expect(fromMonday.headline).toBe('Flare mode: exercises kept light while your back settles.');

    const fromSunday = reviewWeek(weekInput(flaringSince('2026-01-04'), FIRST_WEEK));
    expect(fromSunday.status).toBe('calm');
    expect(fromSunday.plan.flareMode).toBe(false);
  });

  it('counts from the day flare mode was turned on by hand when "Flaring since" is earlier', () => {
    // Turned on on Friday 9 January, dated back to Thursday 1 January.
    const plan = startFlareMode(buildOneExercisePlan(bridge), '2026-01-01').plan;
    const onFriday = { flareTurnedOnDay: '2026-01-09' };
    const thatWeek = reviewWeek({ ...weekInput(plan, FIRST_WEEK), ...onFriday });
    expect(thatWeek.status).toBe('flare-mode');
    expect(thatWeek.plan).toMatchObject({ flareMode: true, flareSince: '2026-01-01' });
    expect(thatWeek.decisions[0]!.sentence).toBe(
      'Kept light at 2 × 6: flare mode is on since Thursday; your plan restarts after a full calm week.',
    );

    const after = reviewWeek({ ...weekInput(thatWeek.plan, NEXT_WEEK), ...onFriday });
    expect(after.status).toBe('calm');
    expect(after.headline).toBe('A calm week: flare mode is off and your plan restarts.');
    expect(after.plan.flareMode).toBe(false);
  });
});
