import type { Episode } from '../../domain/episodes';
import { systemClock, toLocalInput } from '../../data/clock';
import { finishEpisodeFromToday } from '../../data/today-actions';
import { FinishEpisodeControl } from '../../ui/finish-episode-form';
import { formatDayAndTime } from '../../ui/format';

/** A spasm with no end time yet, with "It eased…" to finish it. */
export function UnfinishedEpisodeCard({ episode }: { episode: Episode }) {
  return (
    // Named by its start: with two spasms still going, each card is its own landmark.
    <section
      className="card"
      aria-label={`Spasm still going, since ${formatDayAndTime(episode.startedAt)}`}
    >
      <h2>Still going?</h2>
      <p>
        The spasm of {formatDayAndTime(episode.startedAt)} (severity {episode.severity}) has no end
        time yet.
      </p>
      <FinishEpisodeControl
        offer
        defaultValue={() => toLocalInput(systemClock().now)}
        onSave={(local) => finishEpisodeFromToday(episode.id, local)}
      />
    </section>
  );
}
