import { useState } from 'react';
import { Link } from 'react-router';
import { recentCounts, unfinishedEpisodes } from '../../domain/episode-history';
import { dayOfInstant, systemClock, toLocalInput } from '../../data/clock';
import { finishEpisode } from '../../data/episode-actions';
import { useEpisodes } from '../../data/episode-queries';
import { EmptyState } from '../../ui/empty-state';
import { FinishEpisodeForm } from '../../ui/finish-episode-form';
import { formatDayAndTime } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { RecentCounts } from '../../ui/recent-counts';
import { BackupReminderCard } from './backup-reminder-card';

/**
 * Today's data: loaded as its own chunk after the frame has rendered, so the first screen
 * does not wait for the database code (see scripts/check-size.mjs).
 */
export function TodaySummary() {
  const episodes = useEpisodes();
  const [finishingId, setFinishingId] = useState<string | null>(null);
  if (!episodes) return <Loading label="Loading your day…" />;

  if (episodes.records.length === 0) {
    return (
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
          takes three taps. Over the weeks, Today will show your check-in, today&apos;s exercises
          and how long it has been since your last spasm.
        </p>
      </EmptyState>
    );
  }

  const unfinished = unfinishedEpisodes(episodes.records);
  return (
    <>
      <RecentCounts {...recentCounts(episodes.records, systemClock().today, dayOfInstant)} />
      {unfinished.map((episode) => (
        <section key={episode.id} className="card" aria-label="Spasm still going">
          <h2>Still going?</h2>
          <p>
            The spasm of {formatDayAndTime(episode.startedAt)} (severity {episode.severity}) has no
            end time yet.
          </p>
          {finishingId === episode.id ? (
            <FinishEpisodeForm
              defaultValue={toLocalInput(systemClock().now)}
              onSave={async (local) => {
                const message = await finishEpisode(episode.id, local);
                if (message === null) setFinishingId(null);
                return message;
              }}
              onCancel={() => {
                setFinishingId(null);
              }}
            />
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setFinishingId(episode.id);
              }}
            >
              It eased…
            </button>
          )}
        </section>
      ))}
      <BackupReminderCard />
      <p>
        <Link to="/log">See your spasm log</Link>
      </p>
    </>
  );
}
