// Budget (DESIGN.md): the progression analysis over 10 years of data <= 20 ms in Node: here all
// 520 weekly reviews in sequence over ~1,500 sessions with their sets, 3,640 check-ins and 1,000
// spasms, including putting the records into weeks. Vitest 5 benchmarks run through `bench`.
import { expect, test } from 'vitest';
import { replayReviews } from '../../src/domain/review-history';
import { startPlan, syntheticTraining, utcDay } from './synthetic-training';

const BUDGET_MS = 20;
const data = syntheticTraining(2026);

test('520 weekly reviews over 10 years of training within 20 ms', async ({ bench }) => {
  const { sessions, sets, checkins, episodes } = data.records;
  expect(sessions.length).toBeGreaterThan(1400);
  expect(sessions.length).toBeLessThan(1600);
  expect(episodes).toHaveLength(1000);
  const replay = () =>
    replayReviews({
      plan: startPlan,
      firstWeekOf: data.firstWeekOf,
      weeks: data.weeks,
      sessions,
      sets,
      checkins,
      episodes,
      dayOf: utcDay,
    });
  // The replay reaches the same plan the week-by-week generator did.
  expect(replay().plan).toEqual(data.finalPlan);
  const result = await bench('replayReviews: 520 weeks, 1,500 sessions', replay).run();
  const { mean, p99 } = result.latency;
  console.log(
    `520 weekly reviews (${String(sessions.length)} sessions, ${String(sets.length)} sets): mean ${mean.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`,
  );
  expect(mean).toBeLessThanOrEqual(BUDGET_MS);
});
