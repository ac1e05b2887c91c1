import type { Episode } from '../../../domain/episodes';
import type { Plan } from '../../../domain/plan';
import { factsFor } from '../../../domain/progression';
import { gentleRoutine, type PainStops } from '../../../domain/review';

type PainStopProps = {
  plan: Plan;
  stops: PainStops;
  /** The person's spasms: what eased them before joins the gentle routine. */
  episodes: readonly Episode[];
  /** Ends the session now (the sets done so far are already saved). */
  onEnd: () => void;
};

/**
 * The session's same-day answer to pain (docs/domain.md §5b rule 1): an exercise with pain
 * during at 6/10 or more stops for today, its remaining sets stopped for pain, not missed; a
 * second one, or any set at 8/10 or more, offers to end with a 5-10 minute gentle routine.
 */
export function PainStop({ plan, stops, episodes, onEnd }: PainStopProps) {
  if (stops.stopped.length === 0 && !stops.offerGentleRoutine) return null;
  const names = plan.exercises
    .filter((e) => stops.stopped.includes(e.exerciseId))
    .map((e) => factsFor(e).name);
  const routine = gentleRoutine(episodes);
  return (
    <>
      {names.length > 0 ? (
        <section className="card notice" aria-labelledby="pain-stop-heading">
          <h2 id="pain-stop-heading">Stop this exercise for today</h2>
          <p>
            {names.join(', ')}: pain during reached 6/10 or more, so{' '}
            {names.length === 1 ? 'it stops' : 'they stop'} for today. The sets left are stopped for
            pain, not missed, and the weekly review takes it into account.
          </p>
        </section>
      ) : null}
      {stops.offerGentleRoutine ? (
        <section className="card" aria-labelledby="gentle-end-heading">
          <h2 id="gentle-end-heading">End the session with a gentle routine?</h2>
          <p>Your back has had enough for today. About 5-10 minutes, as easy as you like:</p>
          <ol>
            {routine.map((step) => (
              <li key={step.text}>{step.text}</li>
            ))}
            <li>Then rest, and move gently through the rest of the day.</li>
          </ol>
          <button type="button" className="button button-primary" onClick={onEnd}>
            End the session here
          </button>
        </section>
      ) : null}
    </>
  );
}
