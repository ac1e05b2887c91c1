import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { runDueReviewsFromToday, type ReviewsRun } from '../../data/today/today-actions';
import { askMorningFirst } from '../../domain/review';

type ReviewDueCardProps = {
  /** The weeks over and not yet reviewed, oldest first (never empty here). */
  due: readonly string[];
  today: string;
  /** Today's check-in has its next-morning answer. */
  answeredToday: boolean;
  /** A session was recorded yesterday (Today's read): the morning question may come first. */
  sessionYesterday: boolean;
};

// One automatic run per due week and page load: a failed run is not retried in a loop, and the
// person still has the button.
const started = new Set<string>();
// The summary of the reviews run on this page load: the card that says so outlives this one,
// which goes once nothing is due.
let ranSummary: string | undefined;

/**
 * The weekly review runs by itself the first time the app opens on or after the week's end
 * (docs/domain.md §5b rule 10), and Today says so. The morning question comes first when
 * yesterday had a session (it tells how that session sat); weeks away are told as one summary.
 */
export function ReviewDueCard({ due, today, answeredToday, sessionYesterday }: ReviewDueCardProps) {
  const [state, setState] = useState<{ summary?: string; failure?: string; running: boolean }>({
    running: false,
  });
  const key = `${today}:${due.join(',')}`;
  const morningFirst = sessionYesterday && askMorningFirst(due, today, true, answeredToday);

  const outcome = (ran: ReviewsRun) =>
    ran.ok
      ? { running: false, summary: (ranSummary = ran.summary) }
      : { running: false, failure: ran.failure };

  function run() {
    started.add(key);
    setState({ running: true });
    void runDueReviewsFromToday().then((ran) => {
      setState(outcome(ran));
    });
  }

  useEffect(() => {
    if (morningFirst || started.has(key)) return;
    started.add(key);
    void runDueReviewsFromToday().then((ran) => {
      setState(outcome(ran));
    });
  }, [morningFirst, key]);

  if (state.summary !== undefined) {
    return (
      <section className="card" aria-labelledby="review-ran-heading">
        <h2 id="review-ran-heading">Your weekly review ran</h2>
        <p role="status">{state.summary}</p>
        <p>
          <Link to="/plan">See your plan</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="card review-due" aria-labelledby="review-due-heading">
      <h2 id="review-due-heading">Your weekly review is due</h2>
      {morningFirst ? (
        <>
          <p>
            First, one question: how is your back this morning, after yesterday&apos;s session? The
            review reads your answer, then runs by itself.
          </p>
          <p>
            <Link to="/checkin" className="button button-primary">
              Answer in today&apos;s check-in
            </Link>
          </p>
        </>
      ) : (
        <p>Your weekly review runs now: it sets next week&apos;s exercises from this week.</p>
      )}
      {state.failure ? (
        <p role="alert" className="field-error">
          {state.failure}
        </p>
      ) : null}
      {morningFirst || state.failure ? (
        <button type="button" className="button" disabled={state.running} onClick={run}>
          Run it now
        </button>
      ) : null}
    </section>
  );
}

/** Today, after the review ran today: what it said, weeks caught up told as one summary. */
export function ReviewRanCard({ headline }: { headline: string }) {
  return (
    <section className="card" aria-labelledby="review-ran-heading">
      <h2 id="review-ran-heading">Your weekly review ran</h2>
      <p>{ranSummary ?? headline}</p>
      <p>
        <Link to="/plan">See your plan</Link>
      </p>
    </section>
  );
}
