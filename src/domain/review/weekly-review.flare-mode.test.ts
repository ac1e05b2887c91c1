// Flare mode across reviews: when it ends (a calm week wholly after the flare began) and how a
// new flare signal in flare mode steps back. The week is Monday 5 to Sunday 11 January 2026.
import { describe, expect, it } from 'vitest';
import { defaultPrescription } from '../exercises';
import { flareSinceProblem, startFlareMode } from './flare';
import type { Plan } from '../plan';
import {
  FIRST_WEEK,
  buildOneExercisePlan,
  weekInput,
} from '../../../tests/support/domain/plan-test-builders';
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

describe('a new flare signal in flare mode', () => {
  it('steps back again for a spasm, the same as for pain during above 5/10', () => {
    const plan = flaringSince('2026-01-01');
    const spasm = reviewWeek(weekInput(plan, FIRST_WEEK, { spasmOn: 4 }));
    const pain = reviewWeek(weekInput(plan, FIRST_WEEK, { painOn: { offset: 4, pain: 7 } }));
    expect(spasm.decisions[0]).toMatchObject({ action: 'step-back', reason: 'flare-spasm' });
    expect(pain.decisions[0]).toMatchObject({ action: 'step-back', reason: 'flare-pain' });
    expect(spasm.plan.exercises).toEqual(pain.plan.exercises);
    expect(spasm.decisions[0]!.sentence).toBe(
      'Stepped back to 2 × 6 (25 % less): you logged a spasm on Friday. Flare mode stays on.',
    );
    expect(spasm.headline).toBe(
      'Still flaring (you logged a spasm on Friday): flare mode stays on.',
    );
    expect(spasm.plan).toMatchObject({ flareMode: true, flareSince: '2026-01-01' });
  });

  it('never steps back twice for the flare that turned flare mode on', () => {
    // A spasm and a painful set on Wednesday, then flare mode turned on by hand that day.
    const plan = startFlareMode(buildOneExercisePlan(bridge), '2026-01-07').plan;
    const records = weekInput(plan, FIRST_WEEK, {
      spasmOn: 2,
      painOn: { offset: 2, pain: 7 },
    });
    const review = reviewWeek({ ...records, flareTurnedOnDay: '2026-01-07' });
    expect(review.status).toBe('flare');
    expect(review.decisions[0]).toMatchObject({ action: 'hold', reason: 'flare-mode' });
    expect(review.plan.exercises).toEqual(plan.exercises);
    expect(review.decisions[0]!.sentence).toBe(
      'Kept light at 2 × 6: you logged a spasm on Wednesday, so flare mode stays on.',
    );
    // Dated back to Friday 2 January: a spasm on Monday, before Wednesday, is part of it too.
    const backdated = startFlareMode(buildOneExercisePlan(bridge), '2026-01-02').plan;
    const monday = reviewWeek({
      ...weekInput(backdated, FIRST_WEEK, { spasmOn: 0 }),
      flareTurnedOnDay: '2026-01-07',
    });
    expect(monday.decisions[0]).toMatchObject({ action: 'hold', reason: 'flare-mode' });
    // A spasm on Thursday, after it was turned on, steps back again.
    const thursday = reviewWeek({
      ...weekInput(plan, FIRST_WEEK, { spasmOn: 3 }),
      flareTurnedOnDay: '2026-01-07',
    });
    expect(thursday.decisions[0]).toMatchObject({ action: 'step-back', reason: 'flare-spasm' });
  });
});

describe('"Flaring since"', () => {
  it('accepts a day from the day the plan began to today, and says why not otherwise', () => {
    expect(flareSinceProblem('2026-01-05', '2026-01-05', '2026-01-09')).toBeUndefined();
    expect(flareSinceProblem('2026-01-09', '2026-01-05', '2026-01-09')).toBeUndefined();
    expect(flareSinceProblem('2026-01-04', '2026-01-05', '2026-01-09')).toBe('before-plan');
    expect(flareSinceProblem('2026-01-10', '2026-01-05', '2026-01-09')).toBe('future');
    // Not a day at all: the plan's own schema says so.
    expect(flareSinceProblem('', '2026-01-05', '2026-01-09')).toBeUndefined();
  });
});
