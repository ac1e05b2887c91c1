// Plays scripted weeks as the app does (docs/domain.md §5b): each review reads the plan the one
// before returned and the history of reviews so far, newest first, as the data layer passes it.
import { addDays } from '../../../src/domain/episodes/episode-history';
import type { Plan } from '../../../src/domain/plan/plan';
import type { PreviousReview } from '../../../src/domain/plan/plan-change';
import { reviewWeek, type WeekReview } from '../../../src/domain/review/weekly-review';
import { FIRST_WEEK, weekInput, type WeekScript } from './plan-test-builders';

/** `count` steady weeks, done as prescribed. */
export const steadyWeeks = (count: number): WeekScript[] =>
  Array.from({ length: count }, () => ({}));
/** `count` weeks with nothing logged. */
export const emptyWeeks = (count: number): WeekScript[] =>
  Array.from({ length: count }, () => ({ sessions: 0 }));

/** playWeeks, with each review also given the history of the reviews before it. */
export function playWithHistory(start: Plan, scripts: readonly WeekScript[]): WeekReview[] {
  const reviews: WeekReview[] = [];
  const history: PreviousReview[] = [];
  let plan = start;
  scripts.forEach((script, i) => {
    const input = weekInput(plan, addDays(FIRST_WEEK, 7 * i), script, reviews.at(-1));
    const review = reviewWeek({ ...input, history: [...history] });
    reviews.push(review);
    history.unshift(review.change);
    plan = review.plan;
  });
  return reviews;
}
