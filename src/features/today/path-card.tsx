import { Link } from 'react-router';
import { pathStep } from '../../domain/path-step';
import { useCheckins } from '../../data/checkin-queries';
import { useEpisodes } from '../../data/episode-queries';
import { useCurrentPlan, usePlanChanges } from '../../data/plan-queries';

/** The current step of the path and what moves the person on. */
export function PathCard() {
  const episodes = useEpisodes();
  const checkins = useCheckins();
  const plan = useCurrentPlan();
  const changes = usePlanChanges();
  if (!episodes || !checkins || plan === undefined || !changes) return null;
  const lastReview = changes.find((change) => change.kind === 'weekly-review');
  const step = pathStep({
    spasms: episodes.records.length,
    checkinDays: checkins.records.length,
    plan,
    streak: lastReview?.goodWeeksInARow ?? 0,
  });
  return (
    <section className="card" aria-labelledby="path-heading">
      <h2 id="path-heading">{step.title}</h2>
      <p>{step.next}</p>
      <p>
        <Link to={step.step === 1 ? '/patterns' : '/plan'}>
          {step.step === 1 ? 'See your patterns' : 'See your plan'}
        </Link>
      </p>
    </section>
  );
}
