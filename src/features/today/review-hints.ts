import { dayOfInstant } from '../../data/clock';
import type { TodayData } from '../../data/today/today-queries';

const dayMs = 86_400_000;
const daysFrom = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs;

/**
 * Whether Today needs its rare cards for today's spasm or the weekly review (docs/domain.md §5b
 * rules 1 and 10), from Today's one read and without the review engine, which stays out of
 * Today's first chunk: `reviewMaybe` may say yes when nothing is due (the cards then work it out
 * exactly), never no when something is.
 */
export function reviewHints(data: TodayData, today: string) {
  const spasmToday = data.recentEpisodes.some(
    (e) => e.deletedAt === undefined && dayOfInstant(e.startedAt) === today,
  );
  const { plan, lastReview } = data;
  let reviewMaybe = false;
  if (plan !== null) {
    const weekOf = lastReview?.weekOf;
    // The next week due ends at the earliest 14 days after the last week reviewed began, or
    // 7 days after the plan was made; a review saved today is also told.
    reviewMaybe =
      (weekOf !== undefined
        ? daysFrom(weekOf, today) >= 14
        : daysFrom(dayOfInstant(plan.createdAt), today) >= 7) ||
      (lastReview !== null && dayOfInstant(lastReview.createdAt) === today);
  }
  return { spasmToday, reviewMaybe };
}
