import { Link } from 'react-router';
import { recentCounts, unfinishedEpisodes } from '../../domain/episode-history';
import { dayOfInstant, systemClock } from '../../data/clock';
import { useEpisodes } from '../../data/episode-queries';
import { EmptyState } from '../../ui/empty-state';
import { Loading } from '../../ui/loading';
import { RecentCounts } from '../../ui/recent-counts';
import { BackupReminderCard } from './backup-reminder-card';
import { CheckinCard } from './checkin-card';
import { DoctorVisitCard } from './doctor-visit-card';
import { PathCard } from './path-card';
import { PlanCard } from './plan-card';
import { WelcomeCard } from './welcome-card';
import { UnfinishedEpisodeCard } from './unfinished-episode-card';

/**
 * Today's data: loaded as its own chunk after the frame has rendered, so the first screen
 * does not wait for the database code (see scripts/check-size.mjs).
 */
export function TodaySummary() {
  const episodes = useEpisodes();
  if (!episodes) return <Loading label="Loading your day…" />;

  return (
    <>
      <WelcomeCard />
      <DoctorVisitCard />
      <CheckinCard />
      <PathCard />
      <PlanCard />
      {episodes.records.length === 0 ? (
        <EmptyState
          title="Your day at a glance"
          action={
            <Link to="/log/new" className="button button-primary">
              Log a spasm
            </Link>
          }
        >
          <p>
            Nothing is logged yet. When your back goes into spasm, tap <strong>Log spasm</strong>:
            it takes three taps. Over the weeks, Today will show your check-in, today&apos;s
            exercises and how long it has been since your last spasm.
          </p>
        </EmptyState>
      ) : (
        <>
          <RecentCounts {...recentCounts(episodes.records, systemClock().today, dayOfInstant)} />
          {unfinishedEpisodes(episodes.records).map((episode) => (
            <UnfinishedEpisodeCard key={episode.id} episode={episode} />
          ))}
          <p>
            <Link to="/log">See your spasm log</Link>
          </p>
        </>
      )}
      <BackupReminderCard />
    </>
  );
}
