// Today's three actions. Each imports its Dexie module when used: Today shows its data before
// Dexie has downloaded (./today-queries), and by the time someone taps, Today's live query has
// loaded it, so the import costs nothing then. A chunk that cannot be fetched (an update
// half-installed) gives the same message as a failed save.

const NOT_SAVED = 'That could not be saved. Try again.';

/** Skips the first-use introduction. Resolves to whether it was saved. */
export async function skipWelcome(): Promise<boolean> {
  try {
    const { saveSettings } = await import('../settings/settings-queries');
    return (await saveSettings({ onboarding: 'skipped' })).ok;
  } catch {
    return false;
  }
}

/** Sets the end time of a spasm still going: null when saved, otherwise what to fix. */
export async function finishEpisodeFromToday(id: string, local: string): Promise<string | null> {
  try {
    const { finishEpisode } = await import('../episodes/episode-actions');
    return await finishEpisode(id, local);
  } catch {
    return NOT_SAVED;
  }
}

/** Marks a "see a doctor soon" result as seen. Resolves to whether it was saved. */
export async function markDoctorSeenFromToday(id: string): Promise<boolean> {
  try {
    const { markDoctorSeen } = await import('../safety/screening-queries');
    return (await markDoctorSeen(id)).ok;
  } catch {
    return false;
  }
}
