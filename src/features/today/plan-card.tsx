import { Link } from 'react-router';
import type { Plan } from '../../domain/plan';
import {
  isTrainingDay,
  nextTrainingDay,
  weekConsistency,
  weekdayName,
} from '../../domain/progression';

// The weekday's name from the domain's table, not the browser's Intl: building the first
// Intl.DateTimeFormat in a fresh page loads the locale and time-zone data, the longest part of
// evaluating Today's chunk on a cold open (docs/performance.md, long tasks).

type PlanCardProps = {
  plan: Plan | null;
  today: string;
  /** Days this week with at least one set done. */
  trainedDays: readonly string[];
  /** A spasm was logged today: the session waits for the person's choice above. */
  spasmToday?: boolean;
};

/**
 * Today's exercise: the session with a link to start it, or a rest day and the next session;
 * and this week's consistency (flare weeks never held against the person). An invitation to set
 * up a plan when there is none.
 */
export function PlanCard({ plan, today, trainedDays, spasmToday = false }: PlanCardProps) {
  if (plan === null) {
    return (
      <section className="card" aria-labelledby="plan-card-heading">
        <h2 id="plan-card-heading">Exercise plan</h2>
        <p>
          A few light exercises, two to four days a week, that build slowly as your back allows.
        </p>
        <p>
          <Link to="/plan/setup" className="button">
            Set up your plan
          </Link>
        </p>
      </section>
    );
  }
  const doneToday = trainedDays.includes(today);
  const next = nextTrainingDay(plan, today);
  const { sentence } = weekConsistency(plan, trainedDays.length);
  let heading = 'Rest day';
  if (doneToday) heading = "Today's session: done";
  else if (isTrainingDay(plan, today)) heading = "Today's session";
  return (
    <section className="card" aria-labelledby="plan-card-heading">
      <h2 id="plan-card-heading">{heading}</h2>
      {heading === "Today's session" && spasmToday ? (
        <p>
          After today&apos;s spasm, choose above what suits your back, or{' '}
          <Link to="/plan/session">start a lighter session</Link>.
        </p>
      ) : null}
      {heading === "Today's session" && !spasmToday ? (
        <p>
          <Link to="/plan/session" className="button button-primary">
            Start today&apos;s session
          </Link>
        </p>
      ) : null}
      {heading === 'Rest day' && next ? <p>Next session: {weekdayName(next)}.</p> : null}
      <p>{sentence}</p>
    </section>
  );
}
