import { Link } from 'react-router';
import { skipWelcome } from '../../data/today/today-actions';
import { showToast } from '../../ui/toast';

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
          onClick={() => {
            void skipWelcome().then((saved) => {
              if (!saved) showToast({ text: 'That could not be saved. Try again.' });
            });
          }}
        >
          Not now
        </button>
      </p>
    </section>
  );
}
