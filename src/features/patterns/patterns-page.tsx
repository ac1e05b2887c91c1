import { EmptyState } from '../../ui/empty-state';
import { PageTitle } from '../../ui/page-title';

export function PatternsPage() {
  return (
    <>
      <PageTitle>Patterns</PageTitle>
      <EmptyState title="Not enough logs yet">
        <p>
          Patterns shows which activities and movements tend to come before your spasms, and how
          often spasms come back.
        </p>
        <p>
          It needs at least 3 logged spasms and 5 days of check-ins before it says anything, and it
          always shows the counts behind each sentence.
        </p>
      </EmptyState>
    </>
  );
}
