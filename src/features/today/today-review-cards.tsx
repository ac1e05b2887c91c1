import type { TodayData } from '../../data/today/today-queries';
import { ReviewDueCard, ReviewRanCard } from './review-due-card';
import { SameDayCard } from './same-day-card';
import { todaysReview } from './today-review';

/** Today's cards for a spasm logged today and for the weekly review (docs/domain.md §5b 1, 10). */
export function TodayReviewCards({ data, today }: { data: TodayData; today: string }) {
  const { sameDay, due, ranToday } = todaysReview(data, today);
  return (
    <>
      {sameDay ? (
        <SameDayCard
          offer={sameDay}
          plan={data.plan}
          today={today}
          episodes={data.recentEpisodes}
        />
      ) : null}
      {due.length > 0 ? (
        <ReviewDueCard
          due={due}
          today={today}
          answeredToday={data.checkin?.morningAfterSession !== undefined}
          sessionYesterday={data.sessionYesterday}
        />
      ) : null}
      {due.length === 0 && ranToday && data.lastReview ? (
        <ReviewRanCard headline={data.lastReview.headline} />
      ) : null}
    </>
  );
}
