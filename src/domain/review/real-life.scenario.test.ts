// docs/domain.md §5b in a person's weeks: a spasm mid-week, weeks away, an empty week in flare
// mode, missed targets in a row, a late worse morning. Each asserts the decision and the sentence
// the person reads. Weeks start Monday 5 January 2026; sessions Mon, Wed, Fri.
import { describe, expect, it } from 'vitest';
import { defaultPrescription } from '../exercises';
import { describePrescription } from '../progression';
import { buildPlan } from '../../../tests/support/domain/test-builders';
import { FIRST_WEEK, utcDayOf, weekInput } from '../../../tests/support/domain/plan-test-builders';
import {
  emptyWeeks,
  playWithHistory,
  steadyWeeks,
} from '../../../tests/support/domain/real-life-builders';
import { startFlareMode } from './flare';
import { catchUpSummary } from './review-headline';
import { sameDayOffer } from './same-day';
import { reviewWeek } from './weekly-review';

const person = buildPlan({
  phase: 2,
  daysPerWeek: 3,
  trainingDays: [1, 3, 5],
  equipment: ['dumbbells', 'bench'],
  exercises: ['prone-press-up', 'one-arm-row', 'glute-bridge'].map((id) =>
    defaultPrescription(id)!,
  ),
});
const texts = (plan: { exercises: Parameters<typeof describePrescription>[0][] }) =>
  plan.exercises.map(describePrescription);
const WEDNESDAY = '2026-01-07';

describe('a spasm on Wednesday, mid-week', () => {
  const settled = playWithHistory(person, steadyWeeks(4)).at(-1)!.plan;
  const spasm = { startedAt: `${WEDNESDAY}T08:30:00.000Z`, severity: 5 };

  it('without flare mode: Today offers the gentle routine, skip and flare mode; the review steps back once', () => {
    expect(sameDayOffer([spasm], WEDNESDAY, utcDayOf, settled, false)).toEqual({
      severity: 5,
      offerFlareMode: true,
      safetyFirst: false,
    });
    const review = reviewWeek(weekInput(settled, FIRST_WEEK, { spasmOn: 2 }));
    expect(review.status).toBe('flare');
    expect(review.headline).toBe(
      'A flare this week (you logged a spasm on Wednesday): stepped back, and flare mode is on.',
    );
    expect(review.decisions[1]!.sentence).toBe(
      'Stepped back to 2 × 10 at 4 kg (23 % less): you logged a spasm on Wednesday. Flare mode is on: no steps up until a calm week has passed.',
    );
  });

  it('with flare mode turned on that day: the review does not step back a second time', () => {
    const severe = { ...spasm, severity: 8 };
    expect(sameDayOffer([severe], WEDNESDAY, utcDayOf, settled, false)?.safetyFirst).toBe(true);
    const flaring = startFlareMode(settled, WEDNESDAY).plan;
    const review = reviewWeek({
      ...weekInput(flaring, FIRST_WEEK, { spasmOn: 2 }),
      flareTurnedOnDay: WEDNESDAY,
    });
    expect(review.decisions.map((d) => d.action)).toEqual(['hold', 'hold', 'hold']);
    expect(review.plan.exercises).toEqual(flaring.exercises);
    expect(review.decisions[0]!.sentence).toBe(
      'Kept light at 2 × 7: you logged a spasm on Wednesday, so flare mode stays on.',
    );
    expect(sameDayOffer([severe], WEDNESDAY, utcDayOf, flaring, false)?.offerFlareMode).toBe(false);
  });
});

describe('weeks away after eight steady weeks (§5b rules 2 and 3)', () => {
  const away = (weeks: number) =>
    playWithHistory(person, [...steadyWeeks(8), ...emptyWeeks(weeks), {}]);
  const before = texts(away(0)[7]!.plan);

  it('1 week: an empty week holds everything and says why', () => {
    const r = away(1);
    const empty = r[8]!;
    expect(empty.status).toBe('empty');
    expect(empty.goodWeeksInARow).toBe(0);
    expect(texts(empty.plan)).toEqual(before);
    expect(empty.headline).toBe(
      'Nothing logged this week: plan held. An empty week tells the review nothing, so nothing changes.',
    );
    expect(empty.decisions[1]!.sentence).toBe(
      'Held at 2 × 11 at 6 kg: nothing was logged this week (no session, fewer than 3 check-ins), so the review has nothing to go on.',
    );
  });

  it('2 weeks: about 10 % lighter, and the first week back is a baseline week', () => {
    const r = away(2);
    const last = r[9]!;
    expect(last.decisions.map((d) => d.reason)).toEqual(['break-ease', 'break-ease', 'break-ease']);
    expect(texts(last.plan)).toEqual(['2 × 11', '2 × 10 at 6 kg', '2 × 11']);
    expect(last.headline).toBe(
      '2 weeks without a session: your plan restarts about 10 % lighter. Your first week back is a baseline week, never above where you were.',
    );
    expect(last.decisions[1]!.sentence).toBe(
      'Eased to 2 × 10 at 6 kg (9 % less): 2 weeks without a session, so it restarts about 10 % lighter. Your first week back sets the baseline, never above where you were.',
    );
    expect(last.plan.findingBaseline).toBe(true);
    const back = r[10]!;
    expect(back.headline).toBe(
      'Baseline week done: your starting points are set from what stayed tolerable.',
    );
    expect(back.plan.beforeBreak).toBeUndefined();
  });

  it('4 weeks: one step back', () => {
    const last = away(4)[11]!;
    expect(last.decisions[0]!.reason).toBe('break-step-back');
    expect(last.decisions[0]!.sentence).toBe(
      'Stepped back to 2 × 9 (18 % less): 4 weeks without a session. Your first week back sets the baseline, never above where you were.',
    );
    expect(last.plan.phase).toBe(3);
  });

  it('8 weeks: one rung down where there is one, else two steps back, and back to step 2', () => {
    const last = away(8)[15]!;
    expect(texts(last.plan)).toEqual(['2 × 30 s hold', '2 sets of 7, 6 at 6 kg', '2 × 7']);
    expect(last.plan.phase).toBe(2);
    expect(last.decisions[0]!.sentence).toBe(
      'Restarting at prone lying, 2 × 30 s hold: 8 weeks without a session, so one rung down and back to step 2. It builds again as your back allows.',
    );
    expect(last.decisions[1]!.sentence).toBe(
      'Stepped back to 2 sets of 7, 6 at 6 kg (24 % less): 8 weeks without a session, so two steps back and back to step 2.',
    );
  });

  it('20 weeks: no heavier than 8, and the week back is capped at the plan before the break', () => {
    const r = away(20);
    expect(texts(r[27]!.plan)).toEqual(texts(away(8)[15]!.plan));
    const back = r[28]!;
    expect(back.plan.phase).toBe(2);
    expect(texts(back.plan)).toEqual(['2 × 30 s hold', '2 sets of 7, 6 at 6 kg', '2 × 7']);
  });
});

describe('an empty week in flare mode (§5b rule 3)', () => {
  it('keeps flare mode on: nothing logged is no calm week', () => {
    const flaring = startFlareMode(person, '2025-12-20').plan;
    const review = reviewWeek(weekInput(flaring, FIRST_WEEK, { sessions: 0 }));
    expect(review.status).toBe('empty');
    expect(review.plan.flareMode).toBe(true);
    expect(review.headline).toBe(
      'Nothing logged this week: plan held, and flare mode stays on until a calm week with something logged.',
    );
    expect(review.decisions[0]!.sentence).toBe(
      "Kept light at 2 × 6: nothing was logged this week, so it can't show your back has settled. Flare mode stays on until a calm week with a session or 3 check-ins.",
    );
  });
});

describe('three missed targets in a row on the row (§5b rule 4)', () => {
  const settled = playWithHistory(person, steadyWeeks(4)).at(-1)!.plan;
  const missed = { reps: 5, repsFor: 'one-arm-row' };
  const r = playWithHistory(settled, [missed, missed, missed, {}, missed, missed, missed]);

  it('holds twice, then eases about 10 %, the other exercises building as usual', () => {
    expect(r.slice(0, 3).map((w) => w.decisions[1]!.reason)).toEqual([
      'below-target',
      'below-target',
      'stall-ease',
    ]);
    expect(r[2]!.decisions[1]!.sentence).toBe(
      'Eased to 2 sets of 12, 11 at 4 kg (12 % less): held three reviews in a row, so it eases about 10 % and builds again from there (our rule).',
    );
    expect(r[2]!.headline).toBe(
      'Steady week, 3 of 3 sessions done: 2 steps up, 1 eased after a stall.',
    );
  });

  it('a second stall on the same rung within 8 weeks also offers a variant or a rung down', () => {
    expect(r[6]!.decisions[1]!.reason).toBe('stall-ease-again');
    expect(r[6]!.decisions[1]!.sentence).toBe(
      "Eased to 2 sets of 12, 11 at 4 kg (8 % less): stuck again on this rung within 8 weeks. You could try a variant of supported one-arm row: change it in your plan's setup if you'd like.",
    );
  });
});

describe('a worse morning entered after its week was reviewed (§5b rule 10)', () => {
  const settled = playWithHistory(person, steadyWeeks(4)).at(-1)!.plan;
  const NEXT = '2026-01-12';
  const reviewedAt = `${NEXT}T07:00:00.000Z`;
  const lateWorse = {
    id: 'checkin-2026-01-08',
    createdAt: '2026-01-13T19:00:00.000Z',
    updatedAt: '2026-01-13T19:00:00.000Z',
    day: '2026-01-08',
    backPain: 5,
    activityIds: [],
    morningAfterSession: 'worse' as const,
  };

  it('reaches the next review, which steps back and says when it was', () => {
    const input = weekInput(settled, NEXT);
    const review = reviewWeek({
      ...input,
      checkins: [...input.checkins, lateWorse],
      lateSince: reviewedAt,
    });
    expect(review.status).toBe('flare');
    expect(review.headline).toBe(
      "A flare this week (your back was worse than usual on the morning of Thursday 8 January, noted after that week's review): stepped back, and flare mode is on.",
    );
    expect(review.decisions[0]!.sentence).toBe(
      "Stepped back to 2 × 7 (26 % less): your back was worse than usual on the morning of Thursday 8 January, noted after that week's review. Flare mode is on: no steps up until a calm week has passed.",
    );
  });

  it('is not read twice: entered before the last review ran, that review read it', () => {
    const input = weekInput(settled, NEXT);
    const review = reviewWeek({
      ...input,
      checkins: [...input.checkins, { ...lateWorse, updatedAt: '2026-01-09T07:00:00.000Z' }],
      lateSince: reviewedAt,
    });
    expect(review.status).toBe('good');
  });
});

describe('weeks caught up at once (§5b rule 10)', () => {
  it('reads as one summary', () => {
    const r = playWithHistory(person, [...steadyWeeks(2), ...emptyWeeks(2), {}]);
    expect(catchUpSummary(r.slice(2).map((w) => w.change))).toBe(
      '3 weeks reviewed at once (2 weeks with nothing logged). Latest: Baseline week done: your starting points are set from what stayed tolerable.',
    );
    expect(catchUpSummary([r[0]!.change])).toBe(r[0]!.headline);
  });
});

describe('three inconsistent weeks (§5b rule 4)', () => {
  it('suggest fewer training days, never changing them', () => {
    const r = playWithHistory(person, [{ sessions: 1 }, { sessions: 1 }, { sessions: 1 }]);
    expect(r[1]!.headline).toBe('1 of 3 sessions done: plan held.');
    expect(r[2]!.headline).toBe(
      "1 of 3 sessions done: plan held. Three weeks in a row with fewer sessions than planned: 2 days a week may suit you better. You can change it in your plan's setup.",
    );
    expect(r[2]!.plan.daysPerWeek).toBe(3);
    const twoDays = playWithHistory({ ...person, daysPerWeek: 2, trainingDays: [1, 4] }, [
      { sessions: 1 },
      { sessions: 1 },
      { sessions: 1 },
    ]);
    expect(twoDays[2]!.headline).toBe('1 of 2 sessions done: plan held.');
  });
});
