import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { dateRangeProblem, groupByWeek, isNarrowed } from '../../domain/episodes';
import type { EpisodeSearch } from '../../domain/episodes';
import { dayOfInstant, systemClock } from '../../data/clock';
import { LOG_PAGE, useEpisodeLog, useUsedActivityIds } from '../../data/episodes/episode-log';
import { useCustomActivities } from '../../data/episodes/episode-queries';
import { episodeRepository } from '../../data/repositories';
import { useSettings } from '../../data/settings/settings-queries';
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

/** What the list holds, in words: how many are shown, and which stretch of them. */
function resultLine(count: number, skipped: number, narrowed: boolean, more: boolean): string {
  const which = narrowed ? 'matching spasm' : 'spasm';
  if (count === 0) {
    return narrowed ? 'No spasms match. Clear the words, days or filters to see more.' : '';
  }
  if (skipped > 0) {
    return `Showing ${plural(count, `earlier ${which}`)}, after the newest ${String(skipped)}.`;
  }
  return more ? `Showing the newest ${plural(count, which)}.` : `Showing ${plural(count, which)}.`;
}

/** Route /log: every spasm, newest first, a page at a time, with search and filters. */
export function LogPage() {
  const settings = useSettings();
  // A page of spasms, not the whole diary: years of spasms stay cheap to open and to scroll.
  const [shown, setShown] = useState(LOG_PAGE);
  const [search, setSearch] = useState<EpisodeSearch>({});
  // Typing stays quick: the list follows the words a moment later.
  const text = useDeferredValue(search.text);
  const valid = dateRangeProblem(search) === null;
  const asked = valid ? { ...search, text } : { ...search, from: undefined, to: undefined, text };
  const episodes = useEpisodeLog(asked, shown, systemClock().today);
  const custom = useCustomActivities();
  // Not waited for: the activities the filter offers come from every spasm's activity (a walk of
  // an index, about 20 ms of the History tap with ten years), and a closed list moves nothing on
  // screen when its options arrive a moment after the page.
  const activityIds = useUsedActivityIds();

  if (!episodes || !custom || !settings) {
    return <Loading label="Loading your log…" />;
  }

  const weeks = groupByWeek(episodes.records, {}, settings.weekStartsOn, dayOfInstant);
  const narrowed = isNarrowed(search);
  const withYear = listNeedsYear(episodes.records.map((e) => e.startedAt));
  const changeSearch = (next: EpisodeSearch) => {
    setSearch(next);
    setShown(LOG_PAGE);
  };
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
      {episodes.recent.daysSinceLast === null ? (
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
          <RecentCounts {...episodes.recent} />
          <EpisodeFilters
            activityIds={activityIds ?? []}
            custom={custom}
            search={search}
            onChange={changeSearch}
          />
          {/* A live region around the line, so it is not taken for a loading placeholder. */}
          <div role="status">
            <p className="muted">
              {resultLine(episodes.records.length, episodes.skipped, narrowed, episodes.hasEarlier)}
            </p>
          </div>
          {episodes.skipped > 0 ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setShown(LOG_PAGE);
                }}
              >
                Back to the newest spasms
              </button>
            </p>
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
                  setShown((n) => n + LOG_PAGE);
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
