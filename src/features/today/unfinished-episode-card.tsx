import { useState } from 'react';
import type { Episode } from '../../domain/episode';
import { systemClock, toLocalInput } from '../../data/clock';
import { finishEpisode } from '../../data/episode-actions';
import { FinishEpisodeForm } from '../../ui/finish-episode-form';
import { formatDayAndTime } from '../../ui/format';

/** A spasm with no end time yet, with "It eased…" to finish it. */
export function UnfinishedEpisodeCard({ episode }: { episode: Episode }) {
  const [finishing, setFinishing] = useState(false);
  return (
    <section className="card" aria-label="Spasm still going">
      <h2>Still going?</h2>
      <p>
        The spasm of {formatDayAndTime(episode.startedAt)} (severity {episode.severity}) has no end
        time yet.
      </p>
      {finishing ? (
        <FinishEpisodeForm
          defaultValue={toLocalInput(systemClock().now)}
          onSave={async (local) => {
            const message = await finishEpisode(episode.id, local);
            if (message === null) setFinishing(false);
            return message;
          }}
          onCancel={() => {
            setFinishing(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setFinishing(true);
          }}
        >
          It eased…
        </button>
      )}
    </section>
  );
}
