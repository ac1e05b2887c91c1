// Shared by the plan's component tests: the screens inside a router, and seeds through repositories.
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { localDay, systemClock } from '../../data/clock';
import { createPlan } from '../../data/plan/plan-actions';
import {
  episodeRepository,
  exerciseSetRepository,
  sessionRepository,
} from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { addDays, weekStart } from '../../domain/episodes';
import { defaultPrescription } from '../../domain/exercises';
import type { Plan, PlanExercise } from '../../domain/plan';
import { targetRepsOf } from '../../domain/progression';
import { forgetTabDraftsInMemory } from '../../ui/form-kit/tab-draft';
import { dismissToast, ToastRegion } from '../../ui/toast';
import { PlanPage } from './plan-page';
import { SessionPage } from './session/session-page';
import { SetupPage } from './setup/setup-page';

/** Reloads the tab in place: what the tab kept in memory is gone, its sessionStorage stays. */
export const reloadTab = forgetTabDraftsInMemory;

/**
 * Opens another tab of the app: its own sessionStorage starts empty (localStorage and IndexedDB
 * are shared). Returns the way back to the first tab.
 */
export function openOtherTab(): () => void {
  const first = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i))
    .filter((key) => key !== null)
    .map((key) => [key, sessionStorage.getItem(key) ?? ''] as const);
  sessionStorage.clear();
  forgetTabDraftsInMemory();
  return () => {
    sessionStorage.clear();
    for (const [key, value] of first) sessionStorage.setItem(key, value);
    forgetTabDraftsInMemory();
  };
}

export function renderPlan(path = '/plan') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/plan" element={<PlanPage />} />
        <Route path="/plan/setup" element={<SetupPage />} />
        <Route path="/plan/session" element={<SessionPage />} />
      </Routes>
      <ToastRegion />
    </MemoryRouter>,
  );
}

export async function resetPlan() {
  await resetDatabase();
  // A fresh tab: no setup or session draft, and nothing of an older version's in localStorage.
  sessionStorage.clear();
  localStorage.clear();
  forgetTabDraftsInMemory();
  dismissToast();
}

const clockOn = (day: string) => ({ now: `${day}T12:00:00.000Z`, today: day });
export const today = () => systemClock().today;
/** The Monday `weeks` weeks before this week's (weeks start on Monday by default). */
export const mondayWeeksAgo = (weeks: number) =>
  addDays(weekStart(localDay(new Date()), 1), -7 * weeks);

export const exercises = (ids: string[]): PlanExercise[] =>
  ids.map((id) => defaultPrescription(id)).filter((e) => e !== undefined);

/** A step-2 plan made on `day`: Monday and Thursday, dumbbells, three baseline exercises. */
export async function seedPlan(day = today(), overrides: Partial<Plan> = {}): Promise<Plan> {
  const saved = await createPlan(
    {
      phase: 2,
      daysPerWeek: 2,
      trainingDays: [1, 4],
      equipment: ['dumbbells'],
      exercises: exercises(['prone-press-up', 'one-arm-row', 'glute-bridge']),
      flareMode: false,
      ...overrides,
    },
    clockOn(day),
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value;
}

/** A session on `day` with every prescribed set done as planned, moderate, pain 2/10. */
export async function seedSession(plan: Plan, day: string) {
  const session = await sessionRepository.add({ day }, clockOn(day));
  if (!session.ok) throw new Error(JSON.stringify(session.errors));
  for (const exercise of plan.exercises) {
    for (const [i, reps] of targetRepsOf(exercise).entries()) {
      await exerciseSetRepository.add(
        {
          sessionId: session.value.id,
          exerciseId: exercise.exerciseId,
          setNumber: i + 1,
          reps,
          ...(exercise.loadKg === undefined ? {} : { loadKg: exercise.loadKg }),
          ...(exercise.holdSeconds === undefined ? {} : { holdSeconds: exercise.holdSeconds }),
          effort: 'moderate',
          painDuring: 2,
        },
        clockOn(day),
      );
    }
  }
}

/** A spasm on `day`, logged that day. */
export async function seedSpasm(day: string) {
  const saved = await episodeRepository.add(
    {
      startedAt: `${day}T09:00:00.000Z`,
      severity: 6,
      region: 'lower-back',
      movement: 'lifting',
      easedBy: [],
    },
    clockOn(day),
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}
