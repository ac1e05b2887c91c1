import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Episode } from '../../domain/episodes';
import type { EpisodeDraft } from '../../domain/logging';
import { episodeToDraft } from '../../domain/logging';
import type { ActivityChoice } from '../../domain/logging';
import type { Units } from '../../domain/settings';
import type { FieldErrors } from '../../domain/common';
import { useEpisode } from '../../data/episodes/episode-queries';
import { isConflict, type Saved } from '../../data/repository';
import { useSettings } from '../../data/settings/settings-queries';
import { ConflictPanel } from '../../ui/conflict-panel';
import { EmptyState } from '../../ui/empty-state';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { showToast } from '../../ui/toast';
import { useRankedActivities } from '../../data/episodes/activity-queries';
import { episodeEditDraft } from './draft-store';
import { EpisodeForm } from './episode-form';
import { toLocal } from './local-time';
import { clashWords, mergeEpisodeEdits } from './episode-conflict';
import { checkEdit, saveEpisodeChanges, writeEdit, type CheckedEpisode } from './save-episode';

type EditFormProps = { episode: Episode; units: Units; activities: readonly ActivityChoice[] };
/** A save refused because another tab saved the spasm since: its copy now, and what was typed here. */
type Conflicted = { theirs: Episode; draft: EpisodeDraft; error?: string };

const firstError = (errors: FieldErrors) => Object.values(errors)[0] ?? 'This could not be saved.';

// Edits have their own per-tab draft, not the new-spasm one: they belong to one record.
// `base` is the copy the form opened with: a save based on it is refused once another tab has
// saved the spasm, and the person chooses what to keep (docs/architecture.md, concurrent edits).
function EditForm({ episode, units, activities }: EditFormProps) {
  const [base, setBase] = useState(episode);
  // Taking the other tab's copy starts the form again from it: a new key remounts the form.
  const [opening, setOpening] = useState(0);
  const [conflict, setConflict] = useState<Conflicted | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();

  function settle(result: Saved<Episode>, typed: EpisodeDraft): FieldErrors | null {
    if (result.ok) {
      showToast({ text: 'Changes saved' });
      void navigate('/log');
      return null;
    }
    if (isConflict(result) && result.conflict.current) {
      setConflict({ theirs: result.conflict.current, draft: typed });
      return {};
    }
    return result.errors;
  }

  async function save(current: EpisodeDraft) {
    return settle(await saveEpisodeChanges(base, current, units, activities), current);
  }

  const edit = conflict ? checkEdit(base, conflict.draft, units, activities) : null;
  const merged = conflict && edit?.ok ? mergeEpisodeEdits(base, conflict.theirs, edit.value) : null;

  async function resolve(choice: CheckedEpisode | undefined) {
    if (!conflict || !choice) return;
    setBusy(true);
    const refused = settle(await writeEdit(conflict.theirs, choice), conflict.draft);
    setBusy(false);
    if (refused && Object.keys(refused).length > 0) {
      setConflict({ ...conflict, error: firstError(refused) });
    }
  }

  return (
    <>
      {conflict ? (
        <ConflictPanel
          thing="spasm"
          clashes={merged && !merged.ok ? clashWords(merged.conflicts) : []}
          busy={busy}
          error={conflict.error}
          onKeepMine={() => void resolve(edit?.ok ? edit.value : undefined)}
          onKeepBoth={() => void resolve(merged?.ok ? merged.value : undefined)}
          onTakeTheirs={() => {
            episodeEditDraft(episode.id).clear();
            setBase(conflict.theirs);
            setOpening((n) => n + 1);
            setConflict(null);
          }}
        />
      ) : null}
      <EpisodeForm
        key={opening}
        initial={() => episodeToDraft(base, units, toLocal)}
        draft={episodeEditDraft(episode.id)}
        onSave={save}
        activities={activities}
        units={units}
        submitLabel="Save changes"
      />
    </>
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
