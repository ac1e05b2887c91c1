import type { Plan } from '../../domain/plan';

// Today's actions. Each imports its Dexie module when used: Today shows its data before Dexie has
// downloaded (./today-queries), its rare cards included (a spasm still going, a weekly review due:
// docs/performance.md, "Today's rare cards without Dexie"), and by the time someone taps, Today's
// live query has loaded it, so the import costs little then. A chunk that cannot be fetched (an
// update half-installed) gives the same message as a failed save.

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

/** Turns flare mode on from Today (after a spasm today): null when saved, otherwise what to fix. */
export async function turnFlareModeOnFromToday(plan: Plan, today: string): Promise<string | null> {
  try {
    const { setFlareMode } = await import('../plan/plan-actions');
    const saved = await setFlareMode(plan, true, today);
    return saved.ok ? null : (Object.values(saved.errors)[0] ?? 'Flare mode could not be saved.');
  } catch {
    return NOT_SAVED;
  }
}

/** What running the weekly reviews due from Today came to: their summary, or why they did not run. */
export type ReviewsRun = { ok: true; summary: string } | { ok: false; failure: string };

/** Runs every weekly review due (docs/domain.md §5b rule 10), from Today's card. */
export async function runDueReviewsFromToday(): Promise<ReviewsRun> {
  try {
    const { runDueReviewsWithSummary } = await import('../plan/plan-review');
    const ran = await runDueReviewsWithSummary();
    return ran.ok
      ? { ok: true, summary: ran.value.summary }
      : { ok: false, failure: Object.values(ran.errors)[0] ?? 'The review could not be saved.' };
  } catch {
    return { ok: false, failure: NOT_SAVED };
  }
}
