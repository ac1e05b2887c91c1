import { useState } from 'react';
import { useNavigate } from 'react-router';
import { emptyDraft, offersSafetyCheck, type EpisodeDraft } from '../../domain/logging';
import { useSettings } from '../../data/settings/settings-queries';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { showToast } from '../../ui/toast';
import { useRankedActivities } from '../../data/episodes/activity-queries';
import { newEpisodeDraft } from './draft-store';
import { EpisodeForm } from './episode-form';
import { SafetyOffer } from './safety-offer';
import { saveNewEpisode, undoLog } from './save-episode';

/** Route /log/new: log a spasm in three taps (Log spasm, a severity, Save). */
export function LogSpasmPage() {
  const settings = useSettings();
  const activities = useRankedActivities();
  const [safetyOfferFor, setSafetyOfferFor] = useState<string | null>(null);
  const navigate = useNavigate();

  // The heading shows at once, so the shell can move focus to it straight after navigation.
  if (!settings || !activities) {
    return (
      <>
        <PageTitle>Log a spasm</PageTitle>
        <Loading label="Opening the form…" />
      </>
    );
  }
  const { units, lastRegion } = settings;

  async function save(current: EpisodeDraft) {
    const saved = await saveNewEpisode(current, units, activities ?? []);
    if (!saved.ok) return saved.errors;
    const { id } = saved.value;
    if (offersSafetyCheck(saved.value)) {
      setSafetyOfferFor(id);
    } else {
      showToast({ text: 'Spasm logged', action: { label: 'Undo', run: () => undoLog(id) } });
      void navigate('/');
    }
    return null;
  }

  return (
    <>
      <PageTitle>Log a spasm</PageTitle>
      {safetyOfferFor !== null ? (
        <SafetyOffer episodeId={safetyOfferFor} />
      ) : (
        <EpisodeForm
          initial={() => emptyDraft(lastRegion)}
          draft={newEpisodeDraft}
          onSave={save}
          activities={activities}
          units={units}
        />
      )}
    </>
  );
}
