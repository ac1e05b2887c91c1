import { Link } from 'react-router';
import { PageTitle } from '../../ui/page-title';
import { StorageStatus } from './storage-status';

export function MorePage() {
  return (
    <>
      <PageTitle>More</PageTitle>
      <nav aria-label="Guides" className="card">
        <ul className="link-list">
          <li>
            <Link to="/why">Why do my spasms keep coming back?</Link>
          </li>
          <li>
            <Link to="/welcome">The introduction again</Link>
          </li>
          <li>
            <Link to="/safety-check">Safety check</Link>
          </li>
          <li>
            <Link to="/beliefs">Beliefs journal</Link>
          </li>
          <li>
            <Link to="/outcomes">Weekly check</Link>
          </li>
          <li>
            <Link to="/settings">Settings, units and reminders</Link>
          </li>
          <li>
            <Link to="/seek-care">When to seek care</Link>
          </li>
          <li>
            <Link to="/medications">Medicines and cramps</Link>
          </li>
          <li>
            <Link to="/report">Report for your clinician</Link>
          </li>
          <li>
            <Link to="/backup">Back up and restore</Link>
          </li>
        </ul>
      </nav>
      <StorageStatus />
      <section className="card" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your privacy</h2>
        <p>
          Everything you enter stays on this device. Steadyback sends nothing anywhere: no accounts,
          no analytics, no tracking.
        </p>
      </section>
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <p>
          Steadyback helps you find what sets off your back spasms and build back up gradually. It
          does not diagnose. If something feels wrong or not muscular, see a doctor.
        </p>
        <p className="muted">Version {__APP_VERSION__}</p>
      </section>
    </>
  );
}
