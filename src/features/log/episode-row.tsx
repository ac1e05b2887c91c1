import { Link } from 'react-router';
import { activityName, type Activity } from '../../domain/episodes';
import { movementLabels, severityBand, type Episode } from '../../domain/episodes';
import { durationMinutes, formatDuration, spasmEndState } from '../../domain/episodes';
import { systemClock, toLocalInput } from '../../data/clock';
import { finishEpisode } from '../../data/episodes/episode-actions';
import { FinishEpisodeControl } from '../../ui/finish-episode-form';
import { formatDayAndTime } from '../../ui/format';

type EpisodeRowProps = {
  episode: Episode;
  customActivities: readonly Activity[];
  onDelete: (episode: Episode) => void;
  /** Show the year in the date (the log spans more than one year). */
  withYear?: boolean;
};

/** One spasm in the history: when, how bad, what and how, how long; with edit, finish and delete. */
export function EpisodeRow({ episode, customActivities, onDelete, withYear }: EpisodeRowProps) {
  const minutes = durationMinutes(episode);
  const when = formatDayAndTime(episode.startedAt, { withYear });
  return (
    <li className="card episode-row">
      <h3 className="episode-title">
        {when}: severity {episode.severity}{' '}
        <span className="muted">({severityBand(episode.severity)})</span>
      </h3>
      <p>
        {episode.activityId
          ? activityName(episode.activityId, customActivities)
          : 'Activity not noted'}
        {' · '}
        {movementLabels[episode.movement]}
        {' · '}
        {minutes !== null ? (
          `Lasted ${formatDuration(minutes)}`
        ) : spasmEndState(episode, systemClock().now) === 'going' ? (
          <strong>Still going</strong>
        ) : (
          'End not recorded'
        )}
      </p>
      <FinishEpisodeControl
        offer={minutes === null}
        defaultValue={() => toLocalInput(systemClock().now)}
        onSave={(local) => finishEpisode(episode.id, local)}
        draftId={episode.id}
      >
        <Link
          className="button"
          to={`/log/${episode.id}/edit`}
          aria-label={`Edit spasm of ${when}`}
        >
          Edit
        </Link>
        <button
          type="button"
          className="button"
          aria-label={`Delete spasm of ${when}`}
          onClick={() => {
            onDelete(episode);
          }}
        >
          Delete
        </button>
      </FinishEpisodeControl>
    </li>
  );
}
