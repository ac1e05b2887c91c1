import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { lastReview, runDueReviews, weeksDue } from '../../data/plan/plan-review';
import type { Plan } from '../../domain/plan';
import type { PlanChange } from '../../domain/plan';
import { askMorningFirst } from '../../domain/review';
import type { Settings } from '../../domain/settings';
import { formatLongDay } from '../../ui/format';
import { ChangeDecisions } from './change-decisions';

type ReviewSectionProps = {
  plan: Plan;
  changes: readonly PlanChange[];
  settings: Settings;
  today: string;
  /** A session was recorded yesterday. */
  sessionYesterday: boolean;
  /** Today's check-in already says how the back was the morning after. */
  morningAnswered: boolean;
};

/** "Run this week's review" once a week is over, and the latest review's decisions. */
export function ReviewSection(props: ReviewSectionProps) {
  const { plan, changes, settings, today, sessionYesterday, morningAnswered } = props;
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const latest = lastReview(changes);
  const due = weeksDue(plan, latest, settings.weekStartsOn, today);
  const morningFirst = askMorningFirst(due, today, sessionYesterday, morningAnswered);
  const heading = useRef<HTMLHeadingElement>(null);
  const [ran, setRan] = useState(false);
  // The Run button disappears with the review done: take the person to its result instead.
  useEffect(() => {
    if (ran) heading.current?.focus();
  }, [ran, latest?.id]);

  async function run() {
    setRunning(true);
    const result = await runDueReviews();
    setRunning(false);
    setRan(result.ok);
    setFailure(
      result.ok ? null : (Object.values(result.errors)[0] ?? 'The review could not be saved.'),
    );
  }

  return (
    <>
      {due[0] !== undefined ? (
        <section className="card review-due" aria-labelledby="review-due-heading">
          <h2 id="review-due-heading">Your weekly review is ready</h2>
          <p>
            The week of {formatLongDay(due[0])} is over
            {due.length > 1 ? `, and ${String(due.length - 1)} more after it` : ''}. The review
            looks at the sessions done, how hard and painful they felt, your next-morning answers
            and any spasms, then sets next week&apos;s exercises.
          </p>
          {morningFirst ? (
            <>
              <p>
                First, one question: how is your back this morning, after yesterday&apos;s session?
                The review reads your answer to set next week&apos;s exercises.
              </p>
              <p className="link-line">
                <Link to="/checkin" className="button button-primary">
                  Answer in today&apos;s check-in
                </Link>
              </p>
              <p className="muted">
                No rush: if you run the review now, your answer still counts when you give it, at
                next week&apos;s review.
              </p>
            </>
          ) : null}
          {failure ? (
            <p role="alert" className="field-error">
              {failure}
            </p>
          ) : null}
          <button
            type="button"
            className={morningFirst ? 'button' : 'button button-primary'}
            disabled={running}
            onClick={() => void run()}
          >
            Run this week&apos;s review
          </button>
        </section>
      ) : null}
      {latest ? (
        <section className="card" aria-labelledby="latest-review-heading">
          <h2 id="latest-review-heading" ref={heading} tabIndex={-1}>
            Latest review: week of {formatLongDay(latest.weekOf ?? latest.day)}
          </h2>
          <p className="review-headline">{latest.headline}</p>
          <ChangeDecisions change={latest} />
        </section>
      ) : null}
    </>
  );
}
