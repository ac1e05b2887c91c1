import { dayOfInstant } from '../../data/clock';
import type { TodayData } from '../../data/today/today-queries';
import { nextReviewWeek } from '../../domain/progression';
import { reviewsDue, sameDayOffer, type SameDayOffer } from '../../domain/review';

export type TodaysReview = {
  /** A spasm logged today: what Today offers (docs/domain.md §5b rule 1). */
  sameDay: SameDayOffer | undefined;
  /** Weeks over and not yet reviewed, oldest first (docs/domain.md §5b rule 10). */
  due: string[];
  /** The latest review was saved today: Today says so. */
  ranToday: boolean;
};

/** What Today says about today's spasm and the weekly review, from Today's one read. */
export function todaysReview(data: TodayData, today: string): TodaysReview {
  const { plan, lastReview, settings } = data;
  const sameDay = sameDayOffer(
    data.recentEpisodes,
    today,
    dayOfInstant,
    plan,
    data.pendingDoctorVisit !== null,
  );
  const due =
    plan === null
      ? []
      : reviewsDue(
          nextReviewWeek(dayOfInstant(plan.createdAt), settings.weekStartsOn, lastReview?.weekOf),
          today,
        );
  const ranToday = lastReview !== null && dayOfInstant(lastReview.createdAt) === today;
  return { sameDay, due, ranToday };
}
