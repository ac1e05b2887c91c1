import { Link } from 'react-router';

/** Step 1 of first use: the destination first, so the path has a point. */
export function DestinationStep() {
  return (
    <>
      <h2>Where you are heading</h2>
      <p>
        The goal is a back strong and calm enough for everyday life, shown by three exercises you
        will build up to over months, never rushed:
      </p>
      <ul>
        <li>
          <strong>Bent-over rows</strong>: endurance for the muscles that hold you up all day.
        </li>
        <li>
          <strong>Deadlifts</strong>: strength to lift a case of water, a child or a box safely.
        </li>
        <li>
          <strong>Supermans</strong>: the back&apos;s own extension, the opposite of bending over.
        </li>
      </ul>
    </>
  );
}

/** Step 2: the three steps of the path and the bonus step. */
export function PathStep() {
  return (
    <>
      <h2>The path there</h2>
      <ol>
        <li>
          <strong>Find your triggers.</strong> Log each spasm in three taps and check in daily; the
          app shows which activities and movements come before spasms.
        </li>
        <li>
          <strong>Find a tolerable baseline.</strong> Exercises and loads light enough not to set
          your back off. This can take months, and that is fine.
        </li>
        <li>
          <strong>Build up gradually.</strong> Easy-moderate effort, consistently, raising the load
          a little only after a steady week.
        </li>
      </ol>
      <p>
        Bonus: a journal for the worries about pain that keep people from moving.{' '}
        <Link to="/why">Why do my spasms keep coming back?</Link>
      </p>
    </>
  );
}

/** Step 3: the safety check, offered (never forced) before exercise. */
export function SafetyStep() {
  return (
    <>
      <h2>Safety first</h2>
      <p>
        A few signs mean a back needs a doctor rather than exercise. The two-minute safety check
        tells you when to get checked. It does not diagnose.
      </p>
      <p>
        <Link to="/safety-check" className="button">
          Take the safety check
        </Link>
      </p>
    </>
  );
}
