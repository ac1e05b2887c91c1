import { Link } from 'react-router';
import { saveSettings } from '../../data/settings-queries';

/** Offers the two-minute first-use introduction until it is done or skipped. */
export function WelcomeCard() {
  return (
    <section className="card" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">New to Steadyback?</h2>
      <p>
        A two-minute start: where you are heading, the path there, a safety check, and what you find
        hard now.
      </p>
      <p className="button-row">
        <Link to="/welcome" className="button button-primary">
          Start
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => void saveSettings({ onboarding: 'skipped' })}
        >
          Not now
        </button>
      </p>
    </section>
  );
}
