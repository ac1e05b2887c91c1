import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../data/clock';
import { createPlan } from '../../data/plan/plan-actions';
import { exerciseSetRepository, sessionRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { defaultPrescription } from '../../domain/exercises';
import { TodaySummary } from './today-summary';

beforeEach(resetDatabase);

const renderCard = () =>
  render(
    <MemoryRouter>
      <TodaySummary />
    </MemoryRouter>,
  );
const todayWeekday = () => new Date(`${systemClock().today}T00:00:00Z`).getUTCDay();
const seedPlan = async (trainingDays: number[], flareMode = false) => {
  const press = defaultPrescription('prone-press-up');
  if (!press) throw new Error('library');
  const saved = await createPlan({
    phase: 2,
    daysPerWeek: trainingDays.length,
    trainingDays,
    equipment: ['none'],
    exercises: [press],
    flareMode,
    ...(flareMode ? { flareSince: systemClock().today } : {}),
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
};

describe('the plan card on Today', () => {
  it('invites the person to set up a plan when there is none', async () => {
    renderCard();
    expect(await screen.findByRole('link', { name: 'Set up your plan' })).toHaveAttribute(
      'href',
      '/plan/setup',
    );
  });

  it("links to today's session on a training day, with the week's consistency", async () => {
    await seedPlan([todayWeekday(), (todayWeekday() + 3) % 7]);
    renderCard();
    expect(await screen.findByRole('heading', { name: "Today's session" })).toBeVisible();
    expect(screen.getByRole('link', { name: "Start today's session" })).toHaveAttribute(
      'href',
      '/plan/session',
    );
    expect(screen.getByText('0 of 2 sessions done this week.')).toBeVisible();
  });

  it('says done once a set is saved today', async () => {
    await seedPlan([todayWeekday(), (todayWeekday() + 3) % 7]);
    const session = await sessionRepository.add({ day: systemClock().today });
    if (!session.ok) throw new Error('session');
    await exerciseSetRepository.add({
      sessionId: session.value.id,
      exerciseId: 'prone-press-up',
      setNumber: 1,
      reps: 8,
      effort: 'easy',
      painDuring: 1,
    });
    renderCard();
    expect(await screen.findByRole('heading', { name: "Today's session: done" })).toBeVisible();
    expect(screen.getByText('1 of 2 sessions done this week.')).toBeVisible();
  });

  it('names the next session on a rest day and never holds a flare week against anyone', async () => {
    await seedPlan([(todayWeekday() + 1) % 7, (todayWeekday() + 4) % 7], true);
    renderCard();
    expect(await screen.findByRole('heading', { name: 'Rest day' })).toBeVisible();
    expect(screen.getByText(/^Next session: \w+day\.$/)).toBeVisible();
    expect(screen.getByText(/Missed sessions don't count against you/)).toBeVisible();
  });
});
