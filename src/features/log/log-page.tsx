import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { PageTitle } from '../../ui/page-title';

export function LogPage() {
  return (
    <>
      <PageTitle>Spasm log</PageTitle>
      <EmptyState
        title="No spasms logged yet"
        action={
          <Link to="/log/new" className="button button-primary">
            Log a spasm
          </Link>
        }
      >
        <p>
          Every spasm you log appears here, newest first and grouped by week, with what you were
          doing and how you moved when it started.
        </p>
      </EmptyState>
    </>
  );
}
