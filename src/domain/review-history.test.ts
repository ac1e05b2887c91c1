import { describe, expect, it } from 'vitest';
import { addDays } from './episode-history';
import { defaultPrescription } from './exercise-library';
import { FIRST_WEEK, trainingWeek, utcDayOf, type WeekScript } from './plan-test-builders';
import { replayReviews, reviewsDue } from './review-history';
import { buildPlan } from './test-builders';
import { reviewWeek, type WeekReview } from './weekly-review';

describe('reviewsDue', () => {
  it('lists every week that is over by today, oldest first', () => {
    expect(reviewsDue('2026-01-05', '2026-01-11')).toEqual([]);
    expect(reviewsDue('2026-01-05', '2026-01-12')).toEqual(['2026-01-05']);
    expect(reviewsDue('2026-01-05', '2026-01-25')).toEqual(['2026-01-05', '2026-01-12']);
    expect(reviewsDue('2026-01-05', '2026-01-26')).toHaveLength(3);
  });
});

describe('replayReviews', () => {
  it('gives the same plan and history as reviewing week by week with all the records', () => {
    const start = buildPlan({
      phase: 2,
      exercises: ['glute-bridge', 'one-arm-row'].map((id) => defaultPrescription(id)!),
    });
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
      weeks: 8,
      ...all,
      dayOf: utcDayOf,
    });
    expect(replay.plan).toEqual(plan);
    expect(replay.changes).toEqual(stepwise.map((r) => r.change));
    expect(replay.last).toEqual(stepwise.at(-1));
  });
});
