import { Link, useNavigate, useParams } from 'react-router';
import type { Episode } from '../../domain/episodes';
import type { EpisodeDraft } from '../../domain/logging';
import { episodeToDraft } from '../../domain/logging';
import type { ActivityChoice } from '../../domain/logging';
import type { Units } from '../../domain/settings';
import { useEpisode } from '../../data/episode-queries';
import { useSettings } from '../../data/settings-queries';
import { EmptyState } from '../../ui/empty-state';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { showToast } from '../../ui/toast';
import { useRankedActivities } from '../../data/activity-queries';
import { episodeEditDraft } from './draft-store';
import { EpisodeForm } from './episode-form';
import { toLocal } from './local-time';
import { saveEpisodeChanges } from './save-episode';

type EditFormProps = { episode: Episode; units: Units; activities: readonly ActivityChoice[] };

// Edits have their own draft, not the new-spasm one: they belong to one record.
function EditForm({ episode, units, activities }: EditFormProps) {
  const navigate = useNavigate();

  async function save(current: EpisodeDraft) {
    const saved = await saveEpisodeChanges(episode, current, units, activities);
    if (!saved.ok) return saved.errors;
    showToast({ text: 'Changes saved' });
    void navigate('/log');
    return null;
  }

  return (
    <EpisodeForm
      initial={() => episodeToDraft(episode, units, toLocal)}
      draft={episodeEditDraft(episode.id)}
      onSave={save}
      activities={activities}
      units={units}
      submitLabel="Save changes"
    />
  );
}

/** Route /log/:id/edit: change any answer of a logged spasm, including when it eased. */
export function EditEpisodePage() {
  const { id } = useParams();
  const episode = useEpisode(id);
  const settings = useSettings();
  const activities = useRankedActivities();

  if (episode === undefined || !settings || !activities) {
    return (
      <>
        <PageTitle>Edit spasm</PageTitle>
        <Loading />
      </>
    );
  }
  if (episode === null || episode.deletedAt !== undefined) {
    return (
      <>
        <PageTitle>Spasm not found</PageTitle>
        <EmptyState
          title="This spasm isn't here"
          action={
            <Link to="/log" className="button">
              Go to your log
            </Link>
          }
        >
          <p>It may have been deleted. Everything you have logged is in your log.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageTitle>Edit spasm</PageTitle>
      <EditForm key={episode.id} episode={episode} units={settings.units} activities={activities} />
    </>
  );
}
