import { useState } from 'react';
import { Link } from 'react-router';
import { turnFlareModeOnFromToday } from '../../data/today/today-actions';
import type { Episode } from '../../domain/episodes';
import type { Plan } from '../../domain/plan';
import { gentleRoutine, type SameDayOffer } from '../../domain/review';
import { skippedToday, skipToday } from './same-day-skip';

type SameDayCardProps = {
  offer: SameDayOffer;
  plan: Plan | null;
  today: string;
  /** Spasms logged recently: what eased them shapes the gentle routine. */
  episodes: readonly Episode[];
};

/**
 * After a spasm logged today (docs/domain.md §5b rule 1): a gentle routine, skipping today, and,
 * suggested but never automatic, flare mode; for a severe spasm or a red-flag answer the safety
 * check comes first.
 */
export function SameDayCard({ offer, plan, today, episodes }: SameDayCardProps) {
  // Skipped on an earlier visit today: the offer does not come back (read once, so the card that
  // was just skipped stays to say so).
  const [skippedBefore] = useState(() => skippedToday(today));
  const [skipped, setSkipped] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const routine = gentleRoutine(episodes);
  const minutes = routine.reduce((sum, step) => sum + step.minutes, 0);

  if (skippedBefore) return null;

  async function flareMode() {
    if (plan === null) return;
    setFailure(await turnFlareModeOnFromToday(plan, today));
  }

  return (
    <section className="card same-day" aria-labelledby="same-day-heading">
      <h2 id="same-day-heading">After today&apos;s spasm</h2>
      {skipped ? (
        <p role="status">
          Today is a rest day, and that&apos;s fine. Your plan picks up at your next session.
        </p>
      ) : (
        <p>Today&apos;s session can wait. Choose what suits your back right now.</p>
      )}
      <details className="gentle-routine">
        <summary>Gentle routine, about {minutes} minutes</summary>
        <ol>
          {routine.map((step) => (
            <li key={step.text}>
              {step.text} <span className="muted">({step.minutes} min)</span>
            </li>
          ))}
        </ol>
      </details>
      {plan !== null && !skipped ? (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              skipToday(today);
              setSkipped(true);
            }}
          >
            Skip today&apos;s session
          </button>
        </p>
      ) : null}
      {offer.offerFlareMode ? (
        <>
          {offer.safetyFirst ? (
            <p>
              {offer.severity >= 7 ? 'A spasm this strong' : 'An answer in your safety check'} is
              worth a few questions first: they check for signs that need a doctor.{' '}
              <Link to="/safety-check">Take the safety check first</Link>
            </p>
          ) : null}
          <p className="muted">
            If your back stays this way, flare mode steps your exercises back and keeps them light
            until a calm week has passed. It&apos;s your choice.
          </p>
          <button
            type="button"
            className={offer.safetyFirst ? 'button' : 'button button-primary'}
            onClick={() => void flareMode()}
          >
            Turn on flare mode
          </button>
          {failure ? (
            <p role="alert" className="field-error">
              {failure}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
