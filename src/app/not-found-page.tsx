import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <p>This address isn&apos;t part of Steadyback. Your data is safe.</p>
      <p>
        <Link to="/" className="button button-primary">
          Go to Today
        </Link>
      </p>
    </>
  );
}
