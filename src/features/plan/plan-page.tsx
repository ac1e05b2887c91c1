import { EmptyState } from '../../ui/empty-state';
import { PageTitle } from '../../ui/page-title';

export function PlanPage() {
  return (
    <>
      <PageTitle>Exercise plan</PageTitle>
      <EmptyState title="No plan yet">
        <p>
          Your weekly plan starts with exercises light enough not to aggravate your back, then
          builds slowly toward three destination exercises: bent-over rows for endurance, deadlifts
          for strength and supermans for extension.
        </p>
        <p>First, log your spasms for a week or two so you know which movements to go easy on.</p>
      </EmptyState>
    </>
  );
}
