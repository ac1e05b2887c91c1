import { ChunkFailed } from '../../ui/chunk-failed';
import { PageTitle } from '../../ui/page-title';
import { loadable, useLoadable } from './loadable';
import { TodayLoading } from './today-loading';

// The data panel (and with it Dexie and zod) is a separate chunk: the frame and the Log spasm
// action are painted before the database code has even downloaded (src/main.tsx fetches it
// alongside the app's chunk).
const summary = loadable(() => import('./today-summary'));

export function TodayPage() {
  const loaded = useLoadable(summary);
  return (
    <>
      <PageTitle>Today</PageTitle>
      {/* Needs no data, so the build paints it from the HTML alone (src/app/prerender.tsx). */}
      <p className="today-lead">
        Log any spasm the moment it starts: three taps. Then check in once, and do today&apos;s
        exercises if it is a training day.
      </p>
      {loaded ? (
        <loaded.TodaySummary />
      ) : summary.failed ? (
        <ChunkFailed level={2} />
      ) : (
        <TodayLoading />
      )}
    </>
  );
}
