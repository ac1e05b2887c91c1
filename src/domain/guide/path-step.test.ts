import { describe, expect, it } from 'vitest';
import { pathStep } from './path-step';

describe('pathStep', () => {
  it('is step 1 until there is a plan, saying how much more the diary needs', () => {
    expect(pathStep({ spasms: 1, checkinDays: 19, plan: null, streak: 0 })).toEqual({
      step: 1,
      title: 'Step 1 of 3: find your triggers',
      next: 'Log each spasm and check in daily: 2 more spasms and 1 more check-in day and Patterns can start comparing your days.',
    });
    // The minimum-data gate (docs/domain.md §2): 10 check-in days with an activity and 10 without.
    expect(pathStep({ spasms: 3, checkinDays: 10, plan: null, streak: 0 }).next).toMatch(
      /10 more check-in days and Patterns/,
    );
    expect(pathStep({ spasms: 3, checkinDays: 20, plan: null, streak: 0 }).next).toMatch(
      /set up your exercise plan/,
    );
  });

  it("follows the plan's phase, with what moves the person on and no deadline", () => {
    const baseline = pathStep({
      spasms: 0,
      checkinDays: 0,
      plan: { phase: 2, flareMode: false },
      streak: 1,
    });
    expect(baseline.step).toBe(2);
    expect(baseline.next).toMatch(/One steady week done.*no deadline/);
    expect(
      pathStep({ spasms: 0, checkinDays: 0, plan: { phase: 3, flareMode: false }, streak: 4 })
        .title,
    ).toBe('Step 3 of 3: gradual progression');
    expect(
      pathStep({ spasms: 0, checkinDays: 0, plan: { phase: 3, flareMode: true }, streak: 0 }).next,
    ).toMatch(/^Flare mode/);
    // Not "Step 3 of 3" while the steps are paused (docs/domain.md §5b).
    expect(
      pathStep({ spasms: 0, checkinDays: 0, plan: { phase: 3, flareMode: true }, streak: 0 }).title,
    ).toBe('Flare mode: your path is paused');
  });
});
