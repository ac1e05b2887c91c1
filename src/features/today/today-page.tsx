import { lazy, Suspense } from 'react';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';

// The data panel (and with it Dexie and zod) is a separate chunk: the frame and the
// Log spasm action are usable before the database code has even downloaded.
const TodaySummary = lazy(async () => ({
  default: (await import('./today-summary')).TodaySummary,
}));

export function TodayPage() {
  return (
    <>
      <PageTitle>Today</PageTitle>
      <Suspense fallback={<Loading label="Loading your day…" />}>
        <TodaySummary />
      </Suspense>
    </>
  );
}
