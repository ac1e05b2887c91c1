import { useState } from 'react';
import { Link } from 'react-router';
import { groupByWeek, recentCounts, type EpisodeFilter } from '../../domain/episodes';
import { dayOfInstant, systemClock } from '../../data/clock';
import { LOG_WEEKS, useCustomActivities, useEpisodeLog } from '../../data/episode-queries';
import { episodeRepository } from '../../data/repositories';
import { useSettings } from '../../data/settings-queries';
import { EmptyState } from '../../ui/empty-state';
import { formatLongDay, listNeedsYear, plural } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { RecentCounts } from '../../ui/recent-counts';
import { showToast } from '../../ui/toast';
import { EpisodeFilters } from './episode-filters';
import { EpisodeRow } from './episode-row';
import type { Episode } from '../../domain/episodes';

function deleteWithUndo(episode: Episode) {
  void episodeRepository.softDelete(episode.id).then((result) => {
    if (!result.ok) {
      showToast({ text: 'That spasm could not be deleted. Try again.' });
      return;
    }
    showToast({
      text: 'Spasm deleted',
      action: { label: 'Undo', run: () => episodeRepository.restore(episode.id) },
    });
  });
}

export function LogPage() {
  const settings = useSettings();
  // A window of weeks, not the whole diary: years of spasms stay cheap to open.
  const [weeksShown, setWeeksShown] = useState(LOG_WEEKS);
  const episodes = useEpisodeLog(systemClock().today, weeksShown, settings?.weekStartsOn);
  const custom = useCustomActivities();
  const [filter, setFilter] = useState<EpisodeFilter>({});

  if (!episodes || !custom || !settings) return <Loading label="Loading your log…" />;

  const weeks = groupByWeek(episodes.records, filter, settings.weekStartsOn, dayOfInstant);
  const filtered = Boolean(filter.activityId ?? filter.movement);
  const withYear = listNeedsYear(episodes.records.map((e) => e.startedAt));
  return (
    <>
      <PageTitle>Spasm log</PageTitle>
      {episodes.unreadable > 0 ? (
        <p className="notice">
          {plural(episodes.unreadable, 'saved spasm')} could not be read and{' '}
          {episodes.unreadable === 1 ? 'is' : 'are'} not shown. Nothing was deleted: it stays on
          this device and in backups.
        </p>
      ) : null}
      {episodes.records.length === 0 ? (
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
      ) : (
        <>
          <RecentCounts {...recentCounts(episodes.records, systemClock().today, dayOfInstant)} />
          <EpisodeFilters
            episodes={episodes.records}
            custom={custom}
            filter={filter}
            onChange={setFilter}
          />
          {weeks.length === 0 && filtered ? (
            <p>No spasms match these filters. Choose “All” to see every spasm.</p>
          ) : null}
          {weeks.map((week) => (
            <section key={week.weekOf} aria-labelledby={`week-${week.weekOf}`}>
              <h2 id={`week-${week.weekOf}`}>
                Week of {formatLongDay(week.weekOf)}{' '}
                <span className="muted">({plural(week.episodes.length, 'spasm')})</span>
              </h2>
              <ul className="episode-list">
                {week.episodes.map((episode) => (
                  <EpisodeRow
                    key={episode.id}
                    episode={episode}
                    customActivities={custom}
                    onDelete={deleteWithUndo}
                    withYear={withYear}
                  />
                ))}
              </ul>
            </section>
          ))}
          {episodes.hasEarlier ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setWeeksShown((shown) => shown + LOG_WEEKS);
                }}
              >
                Show earlier spasms
              </button>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
