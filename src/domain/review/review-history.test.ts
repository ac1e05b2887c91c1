import { describe, expect, it } from 'vitest';
import { addDays } from '../episodes';
import { defaultPrescription } from '../exercises';
import {
  FIRST_WEEK,
  trainingWeek,
  utcDayOf,
  type WeekScript,
} from '../../../tests/support/domain/plan-test-builders';
import { replayReviews, reviewsDue } from './review-history';
import type { Plan } from '../plan';
import { buildPlan } from '../../../tests/support/domain/test-builders';
import { reviewWeek, type WeekReview } from './weekly-review';

describe('reviewsDue', () => {
  it('lists every week that is over by today, oldest first', () => {
    expect(reviewsDue('2026-01-05', '2026-01-11')).toEqual([]);
    expect(reviewsDue('2026-01-05', '2026-01-12')).toEqual(['2026-01-05']);
    expect(reviewsDue('2026-01-05', '2026-01-25')).toEqual(['2026-01-05', '2026-01-12']);
    expect(reviewsDue('2026-01-05', '2026-01-26')).toHaveLength(3);
  });
});

/** Reviews `scripts` week by week with all the records so far, and by replay; returns both. */
function stepwiseAndReplay(start: Plan, scripts: readonly WeekScript[]) {
  // Records for each week follow the plan that week, so build them while reviewing.
  const all = { sessions: [], sets: [], checkins: [], episodes: [] } as ReturnType<
    typeof trainingWeek
  >;
  const stepwise: WeekReview[] = [];
  let plan = start;
  scripts.forEach((script, i) => {
    const week = trainingWeek(plan, addDays(FIRST_WEEK, 7 * i), script);
    for (const key of ['sessions', 'sets', 'checkins', 'episodes'] as const) {
      (all[key] as unknown[]).push(...week[key]);
    }
    const review = reviewWeek({
      plan,
      weekOf: addDays(FIRST_WEEK, 7 * i),
      ...all,
      dayOf: utcDayOf,
      previous: stepwise.at(-1)?.change,
    });
    stepwise.push(review);
    plan = review.plan;
  });
  const replay = replayReviews({
    plan: start,
    firstWeekOf: FIRST_WEEK,
    weeks: scripts.length,
    ...all,
    dayOf: utcDayOf,
  });
  return { stepwise, plan, replay };
}

describe('replayReviews', () => {
  const exercises = ['glute-bridge', 'one-arm-row'].map((id) => defaultPrescription(id)!);

  it('gives the same plan and history as reviewing week by week with all the records', () => {
    const start = buildPlan({ phase: 2, exercises });
    const scripts: WeekScript[] = [
      {},
      {},
      { spasmOn: 2 },
      {},
      { sessions: 1 },
      {},
      { worseAfter: 4 },
      {},
    ];
    const { stepwise, plan, replay } = stepwiseAndReplay(start, scripts);
    expect(replay.plan).toEqual(plan);
    expect(replay.changes).toEqual(stepwise.map((r) => r.change));
    expect(replay.last).toEqual(stepwise.at(-1));
  });

  it('reads a worse morning after a Sunday session in both weeks, as week by week does', () => {
    const start = buildPlan({ phase: 3, daysPerWeek: 3, trainingDays: [1, 3, 0], exercises });
    const { stepwise, replay } = stepwiseAndReplay(start, [{}, { worseAfter: 6 }, {}, {}]);
    expect(replay.changes).toEqual(stepwise.map((r) => r.change));
    // Week 2 steps back for Monday's answer; week 3 has it as its first morning: not calm.
    expect(replay.changes.map((c) => c.status)).toEqual(['good', 'flare', 'flare', 'calm']);
    expect(replay.changes[2]?.exercises.map((e) => e.action)).toEqual(['hold', 'hold']);
  });
});
