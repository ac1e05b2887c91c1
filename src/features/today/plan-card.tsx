import { Link } from 'react-router';
import { systemClock } from '../../data/clock';
import { useCurrentPlan, useTrainedDays } from '../../data/plan-queries';
import { useSettings } from '../../data/settings-queries';
import { addDays, weekStart } from '../../domain/episode-history';
import { weekdayName } from '../../domain/prescription';
import { isTrainingDay, nextTrainingDay, weekConsistency } from '../../domain/training-week';

/**
 * Today's exercise: the session with a link to start it, or a rest day and the next session;
 * and this week's consistency (flare weeks never held against the person). An invitation to set
 * up a plan when there is none; nothing while loading, so the card never flashes a wrong state.
 */
export function PlanCard() {
  const { today } = systemClock();
  const plan = useCurrentPlan();
  const settings = useSettings();
  const from = weekStart(today, settings?.weekStartsOn ?? 1);
  const trained = useTrainedDays(from, addDays(from, 6));
  if (plan === undefined || settings === undefined || trained === undefined) return null;
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
  const doneToday = trained.includes(today);
  const next = nextTrainingDay(plan, today);
  const { sentence } = weekConsistency(plan, trained.length);
  let heading = 'Rest day';
  if (doneToday) heading = "Today's session: done";
  else if (isTrainingDay(plan, today)) heading = "Today's session";
  return (
    <section className="card" aria-labelledby="plan-card-heading">
      <h2 id="plan-card-heading">{heading}</h2>
      {heading === "Today's session" ? (
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
