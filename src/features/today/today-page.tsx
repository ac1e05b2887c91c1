import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { PageTitle } from '../../ui/page-title';

export function TodayPage() {
  return (
    <>
      <PageTitle>Today</PageTitle>
      <EmptyState
        title="Your day at a glance"
        action={
          <Link to="/log/new" className="button button-primary">
            Log a spasm
          </Link>
        }
      >
        <p>
          Nothing is logged yet. When your back goes into spasm, tap <strong>Log spasm</strong>: it
          takes three taps. Over the weeks, Today will show your check-in, today&apos;s exercises and
          how long it has been since your last spasm.
        </p>
      </EmptyState>
    </>
  );
}
