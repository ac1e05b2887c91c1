import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../data/clock';
import { createPlan } from '../../data/plan/plan-actions';
import { exerciseSetRepository, sessionRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { shiftDay } from '../../domain/common';
import { defaultPrescription } from '../../domain/exercises';
import type { PlanExercise } from '../../domain/plan';
import { renderScreens } from '../../ui/screens.test-helper';
import { ExercisePage } from './exercise-page';
import { PathPage } from './path-page';

beforeEach(resetDatabase);

const clockOn = (day: string) => ({ now: `${day}T12:00:00.000Z`, today: day });

async function seedSets(
  day: string,
  exerciseId: string,
  sets: { reps: number; loadKg?: number; pain: number }[],
) {
  const session = await sessionRepository.add({ day }, clockOn(day));
  if (!session.ok) throw new Error('session');
  for (const [i, s] of sets.entries()) {
    const saved = await exerciseSetRepository.add(
      {
        sessionId: session.value.id,
        exerciseId,
        setNumber: i + 1,
        reps: s.reps,
        ...(s.loadKg === undefined ? {} : { loadKg: s.loadKg }),
        effort: 'moderate',
        painDuring: s.pain,
      },
      clockOn(day),
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  }
}

const screens = { '/plan/exercise/:id': <ExercisePage />, '/plan/path': <PathPage /> };

describe('an exercise page', () => {
  it('shows both positions as pictures with text alternatives, the cues and the mistake to avoid', async () => {
    renderScreens('/plan/exercise/bird-dog', screens);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bird dog' })).toBeInTheDocument();
    const pictures = screen.getAllByRole('img');
    expect(pictures).toHaveLength(2);
    expect(pictures[0]).toHaveAccessibleName(/^Start: On hands and knees/);
    expect(pictures[1]).toHaveAccessibleName(/^End: One arm reaching forward and the opposite leg/);
    expect(screen.getByText('Reach one arm and the opposite leg out long')).toBeInTheDocument();
    expect(screen.getByText(/Lifting the leg too high/)).toBeInTheDocument();
    expect(await screen.findByText(/Nothing yet\. Each set you record/)).toBeInTheDocument();
  });

  it('lists the days it was done, newest first, with reps, load, pain, and the weekly work as a table', async () => {
    const today = systemClock().today;
    await seedSets(shiftDay(today, -9), 'bent-over-row', [
      { reps: 12, loadKg: 8, pain: 1 },
      { reps: 12, loadKg: 8, pain: 2 },
    ]);
    await seedSets(shiftDay(today, -2), 'bent-over-row', [
      { reps: 10, loadKg: 10, pain: 3 },
      { reps: 9, loadKg: 10, pain: 2 },
    ]);
    await seedSets(shiftDay(today, -2), 'glute-bridge', [{ reps: 12, pain: 0 }]);
    renderScreens('/plan/exercise/bent-over-row', screens);
    const table = await screen.findByRole('table', { name: /history/i });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('10, 9');
    expect(rows[0]).toHaveTextContent('10 kg');
    expect(rows[0]).toHaveTextContent('3/10');
    expect(rows[1]).toHaveTextContent('12, 12');
    await userEvent.click(screen.getByText('The chart as a table'));
    const weekly = screen.getByRole('table', { name: /weekly work/i });
    expect(weekly).toHaveTextContent('190 kg lifted');
  });

  it('says so for an exercise the library does not know', async () => {
    renderScreens('/plan/exercise/cartwheel', screens);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exercise not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all your exercises' })).toHaveAttribute(
      'href',
      '/plan/path',
    );
  });
});

describe('the path', () => {
  it('shows each ladder, the rung the person is on, the next rung and no estimate before a pace', async () => {
    const ids = ['prone-press-up', 'one-arm-row', 'glute-bridge'];
    const exercises = ids
      .map((id) => defaultPrescription(id))
      .filter((e): e is PlanExercise => e !== undefined);
    const saved = await createPlan(
      {
        phase: 2,
        daysPerWeek: 2,
        trainingDays: [1, 4],
        equipment: ['dumbbells'],
        exercises,
        flareMode: false,
      },
      clockOn(systemClock().today),
    );
    expect(saved.ok).toBe(true);
    renderScreens('/plan/path', screens);
    const extension = await screen.findByRole('region', { name: /Superman with holds/ });
    const current = within(extension).getByRole('listitem', { current: 'step' });
    expect(current).toHaveTextContent('Prone press-up · you are here');
    expect(within(extension).getByText(/Next rung:/).parentElement).toHaveTextContent(
      /Bird dog, starting at/,
    );
    expect(within(extension).getByText(/^Too early to estimate/)).toBeInTheDocument();
    expect(within(extension).getByRole('link', { name: 'Bird dog' })).toHaveAttribute(
      'href',
      '/plan/exercise/bird-dog',
    );
    expect(screen.getByRole('region', { name: /row/i })).toBeInTheDocument();
  });

  it('invites the person to set up a plan when there is none', async () => {
    renderScreens('/plan/path', screens);
    expect(await screen.findByRole('link', { name: 'Set up your plan' })).toBeInTheDocument();
  });
});
