import type { Episode } from '../../domain/episodes';
import { systemClock, toLocalInput } from '../../data/clock';
import { finishEpisodeFromToday } from '../../data/today/today-actions';
import { FinishEpisodeControl } from '../../ui/finish-episode-form';
import { formatDayAndTime } from '../../ui/format';

/**
 * One card for every spasm still going (under a day old, issue 20), each with "It eased…" to
 * record its end. Older ones are no longer asked about: the log shows them as "end not recorded".
 */
export function UnfinishedEpisodesCard({ episodes }: { episodes: readonly Episode[] }) {
  if (episodes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="unfinished-heading">
      <h2 id="unfinished-heading">Still going?</h2>
      <p>
        {episodes.length === 1
          ? 'This spasm has no end time yet. When it eased, say so:'
          : 'These spasms have no end time yet. When each eased, say so:'}
      </p>
      {episodes.map((episode) => (
        // Named by its start: with two spasms still going, each is its own landmark.
        <section
          key={episode.id}
          aria-label={`Spasm still going, since ${formatDayAndTime(episode.startedAt)}`}
        >
          <p>
            The spasm of {formatDayAndTime(episode.startedAt)} (severity {episode.severity}).
          </p>
          <FinishEpisodeControl
            offer
            defaultValue={() => toLocalInput(systemClock().now)}
            onSave={(local) => finishEpisodeFromToday(episode.id, local)}
            draftId={episode.id}
          />
        </section>
      ))}
    </section>
  );
}
