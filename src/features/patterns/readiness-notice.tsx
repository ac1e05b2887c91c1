import { Link } from 'react-router';
import type { Readiness } from '../../domain/triggers';
import { MIN_DAYS, MIN_LINKED_SPASMS } from '../../domain/triggers';
import { plural } from '../../ui/format';

/**
 * The early state: what Patterns needs before it names anything, what is there so far, and
 * how many more spasm logs and check-ins it takes (docs/domain.md §2 minimum-data gate).
 */
export function ReadinessNotice({ readiness }: { readiness: Readiness }) {
  const { spasms, checkinDays, moreSpasms, moreCheckins } = readiness;
  const needs = [
    moreSpasms > 0 ? `${plural(moreSpasms, 'more spasm')} logged` : '',
    moreCheckins > 0 ? `${plural(moreCheckins, 'more day')} of check-ins` : '',
  ].filter(Boolean);
  return (
    <section className="card" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Not enough to go on yet</h2>
      <p>
        So far: {plural(spasms, 'spasm')} logged and {plural(checkinDays, 'day')} checked in. The
        picture becomes reliable with {needs.join(' and ')}.
      </p>
      <p className="muted">
        Before calling anything a trigger, the app waits for at least {MIN_LINKED_SPASMS} spasms
        linked to an activity and {MIN_DAYS} check-in days with it and {MIN_DAYS} without it. Until
        then it says “too early to tell”.
      </p>
      <p className="button-row">
        <Link to="/checkin" className="button button-primary">
          Check in for today
        </Link>
        <Link to="/log/new" className="button">
          Log a spasm
        </Link>
      </p>
    </section>
  );
}
