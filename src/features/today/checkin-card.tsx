import { Link } from 'react-router';
import type { Checkin } from '../../domain/episodes';

/**
 * Today's check-in prompt: "How is your back today?" until today's check-in is saved, then
 * "Checked in today" with its pain score and a way to change it.
 */
export function CheckinCard({ checkin }: { checkin: Checkin | null }) {
  if (checkin === null) {
    return (
      <section className="card" aria-labelledby="checkin-card-heading">
        <h2 id="checkin-card-heading">How is your back today?</h2>
        <p>
          A 15-second check-in: your pain today and what you did. It is how Patterns finds your
          triggers.
        </p>
        <p>
          <Link to="/checkin" className="button button-primary">
            Check in
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="checkin-card-heading">
      <h2 id="checkin-card-heading">Checked in today</h2>
      <p>
        Back pain {checkin.backPain} out of 10
        {checkin.activityIds.length > 0
          ? `, ${checkin.activityIds.length} ${checkin.activityIds.length === 1 ? 'activity' : 'activities'}`
          : ''}
        .
      </p>
      <p className="link-line">
        <Link to="/checkin">Edit today&apos;s check-in</Link>
      </p>
    </section>
  );
}
