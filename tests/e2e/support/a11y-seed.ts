import type { Page } from '@playwright/test';
import { createBackup } from '../../../src/domain/backup/backup-format';
import { emptyBackupData, type BackupData } from '../../../src/domain/backup/backup-tables';
import { defaultPrescription } from '../../../src/domain/exercises/exercise-library';
import type { Theme } from '../../../src/domain/settings/settings';
import {
  buildActivity,
  buildBelief,
  buildCheckin,
  buildEpisode,
  buildExerciseSet,
  buildExperiment,
  buildMedication,
  buildOutcome,
  buildPlan,
  buildScreening,
  buildSession,
  buildSettings,
} from '../../support/domain/test-builders';
import { expect } from './fixtures';

// Fixed ids, so the routes that show one record (/log/:id/edit, /medications/:id, /beliefs/:id)
// can be opened directly.
export const SEED_IDS = {
  episode: 'a11y-episode-1',
  medication: 'a11y-medication',
  belief: 'a11y-belief',
  trigger: 'cat-floor-pickup',
} as const;

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** The local day `n` days before `now`, as the app writes it (the browser runs in this zone). */
export function localDayAgo(now: number, n: number): string {
  const date = new Date(now - n * DAY_MS);
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
/** The instant at local `time` on the day `n` days before `now`. */
const instantAgo = (now: number, n: number, time: string) =>
  new Date(`${localDayAgo(now, n)}T${time}:00`).toISOString();
/** The local Monday on or before the day `n` days ago. */
function mondayAgo(now: number, n: number): string {
  const date = new Date(now - n * DAY_MS);
  const back = (date.getDay() + 6) % 7;
  return localDayAgo(now, n + back);
}

/**
 * A backup holding a few weeks of use: spasms (one still going), ten days of check-ins with a
 * planted trigger, a plan with a session, a medicine, a pending "see a doctor soon" safety check,
 * a journal entry, experiments and weekly ratings. Every screen then has something to show.
 */
export function seedBackupText(theme: Theme = 'system', now = Date.now()): string {
  const stamp = new Date(now - 60_000).toISOString();
  const meta = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp });
  const tables: BackupData = emptyBackupData();

  tables.settings = [
    buildSettings({
      createdAt: stamp,
      updatedAt: stamp,
      theme,
      onboarding: 'done',
      hardActivities: ['Lifting a case of water', 'Bending over the crib'],
      lastBackupAt: stamp,
    }),
  ];
  tables.activities = [buildActivity({ ...meta('a11y-activity'), name: 'Carrying the shopping' })];
  // Four spasms picking something up from the floor on days 1-4, one still going since this hour.
  tables.episodes = [1, 2, 3, 4].map((n) =>
    buildEpisode({
      ...meta(n === 1 ? SEED_IDS.episode : `a11y-episode-${String(n)}`),
      startedAt: instantAgo(now, n, '09:30'),
      endedAt: instantAgo(now, n, '11:00'),
      severity: 3 + n,
      activityId: SEED_IDS.trigger,
      movement: 'bending-forward',
    }),
  );
  tables.episodes.push(
    buildEpisode({
      ...meta('a11y-episode-going'),
      startedAt: new Date(now - 30 * 60_000).toISOString(),
      endedAt: undefined,
      severity: 5,
      activityId: 'cat-desk-work',
      movement: 'sustained-sitting',
      loadKg: undefined,
      easedBy: [],
    }),
  );
  tables.checkins = Array.from({ length: 10 }, (_, i) =>
    buildCheckin({
      ...meta(`a11y-checkin-${String(i + 1)}`),
      day: localDayAgo(now, i + 1),
      backPain: 2,
      activityIds: [i < 5 ? SEED_IDS.trigger : 'cat-gardening'],
      morningAfterSession: undefined,
    }),
  );
  tables.medications = [
    buildMedication({
      ...meta(SEED_IDS.medication),
      name: 'Atorvastatin',
      startedOn: localDayAgo(now, 21),
      doseChanges: [{ on: localDayAgo(now, 7), dose: '20 mg' }],
    }),
  ];
  const exercises = ['prone-press-up', 'one-arm-row', 'glute-bridge'].flatMap((id) => {
    const exercise = defaultPrescription(id);
    return exercise ? [exercise] : [];
  });
  tables.plans = [
    buildPlan({
      ...meta('a11y-plan'),
      phase: 2,
      daysPerWeek: 2,
      trainingDays: [1, 4],
      equipment: ['dumbbells'],
      exercises,
    }),
  ];
  const sessionDay = localDayAgo(now, 2);
  tables.sessions = [
    buildSession({
      ...meta('a11y-session'),
      day: sessionDay,
      startedAt: instantAgo(now, 2, '07:00'),
      completedAt: instantAgo(now, 2, '07:25'),
    }),
  ];
  tables.exerciseSets = exercises.map((exercise, i) =>
    buildExerciseSet({
      ...meta(`a11y-set-${String(i + 1)}`),
      sessionId: 'a11y-session',
      exerciseId: exercise.exerciseId,
      setNumber: 1,
      reps: exercise.repsMin,
      loadKg: exercise.loadKg,
      holdSeconds: exercise.holdSeconds,
    }),
  );
  tables.screenings = [
    buildScreening({
      ...meta('a11y-screening'),
      takenAt: instantAgo(now, 1, '12:00'),
      answers: { 'night-pain': true, 'both-legs-numb': false },
      outcome: 'see-doctor-soon',
    }),
  ];
  tables.beliefs = [
    buildBelief({
      ...meta(SEED_IDS.belief),
      reRatings: [{ on: instantAgo(now, 1, '20:00'), strength: 60 }],
    }),
  ];
  tables.experiments = [
    buildExperiment({
      ...meta('a11y-experiment-done'),
      plannedFor: localDayAgo(now, 3),
      doneOn: localDayAgo(now, 3),
      actualPain: 3,
    }),
    buildExperiment({ ...meta('a11y-experiment-planned'), plannedFor: localDayAgo(now, -1) }),
  ];
  tables.outcomes = [14, 7].map((n) =>
    buildOutcome({ ...meta(`a11y-outcome-${String(n)}`), weekOf: mondayAgo(now, n) }),
  );
  return JSON.stringify(createBackup(tables, 'e2e', stamp));
}

/** Restores the seed through the Backup screen (merge), as a person restoring a file would. */
export async function restoreSeed(page: Page, theme: Theme = 'system') {
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'steadyback-backup-a11y.json',
    mimeType: 'application/json',
    buffer: Buffer.from(seedBackupText(theme)),
  });
  await page.getByRole('button', { name: 'Merge backup' }).click();
  await expect(page.getByText(/Restored\. \d+ records were written/)).toBeVisible();
}
