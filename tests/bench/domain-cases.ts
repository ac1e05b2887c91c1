// The domain analyses `npm run bench` times (scripts/bench-domain.mjs), over the same ten years
// `npm run seed` writes (ten-years.ts). Bundled into one file before timing, as the app ships
// them: a test runner's module transform adds a getter call to every cross-module access, which
// the shipped code does not pay.
import { analysePatterns } from '../../src/domain/triggers/patterns';
import { recurrence } from '../../src/domain/episodes/recurrence';
import { replayReviews } from '../../src/domain/review/review-history';
import { analyseTriggers } from '../../src/domain/triggers/triggers';
import { utcDay, utcHour, utcWeekday } from './synthetic-diary';
import { BENCH_LAST_DAY, tenYears } from './ten-years';

const { checkins, episodes, sessions, sets, plan, reviews } = tenYears;

/** Replays every weekly review of the ten years from the plan as it was set up. */
export const replay = () =>
  replayReviews({
    plan,
    firstWeekOf: plan.createdAt.slice(0, 10),
    weeks: reviews.length,
    sessions,
    sets,
    checkins,
    episodes,
    dayOf: utcDay,
  });

export type BenchCase = { name: string; run: () => unknown };

export const cases: BenchCase[] = [
  {
    name: `analyseTriggers: ${String(checkins.length)} check-ins, ${String(episodes.length)} spasms`,
    run: () => analyseTriggers(episodes, checkins, utcDay),
  },
  {
    name: `recurrence: ${String(episodes.length)} spasms`,
    run: () => recurrence(episodes, BENCH_LAST_DAY, utcDay),
  },
  {
    name: 'analysePatterns: the whole Patterns screen',
    run: () =>
      analysePatterns({
        episodes,
        checkins,
        today: BENCH_LAST_DAY,
        weekStartsOn: 1,
        dayOf: utcDay,
        hourOf: utcHour,
        weekdayOf: utcWeekday,
      }),
  },
  {
    name: `replayReviews: ${String(reviews.length)} weeks, ${String(sessions.length)} sessions, ${String(sets.length)} sets`,
    run: replay,
  },
];
