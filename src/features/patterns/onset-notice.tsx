import { Link } from 'react-router';
import type { OnsetAnswers } from '../../domain/triggers';

/**
 * Shown when at least half the spasms have no answer to "what were you doing when it started?":
 * that answer is what the verdicts rest on (docs/domain.md §2), so say so, and where to give it.
 */
export function OnsetNotice({ onset }: { onset: OnsetAnswers }) {
  return (
    <section className="card" aria-labelledby="onset-heading">
      <h3 id="onset-heading">What were you doing when it started?</h3>
      <p>
        {onset.unknown} of your {onset.of} spasms have no answer to this. That answer is what lets
        the app tell a trigger from chance: a spasm without it counts for no activity, so while most
        are “not sure”, the app can’t call anything a possible or likely trigger.
      </p>
      <p>
        When you log a spasm, it is the question right under how bad it is. You can also add it to a
        spasm you remember from your log.
      </p>
      <p className="button-row">
        <Link to="/log/new" className="button">
          Log a spasm
        </Link>
        <Link to="/log" className="button">
          See your spasm log
        </Link>
      </p>
    </section>
  );
}
