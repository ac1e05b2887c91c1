import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { episodeRepository, planRepository } from '../../data/repositories';
import { localDay, systemClock } from '../../data/clock';
import { createPlan } from '../../data/plan/plan-actions';
import { resetDatabase } from '../../data/test-reset';
import { addDays, weekStart } from '../../domain/episodes';
import { defaultPrescription } from '../../domain/exercises';
import { SKIPPED_DAY_KEY } from './same-day-skip';
import { TodayPage } from './today-page';

const today = () => systemClock().today;
const mondayWeeksAgo = (weeks: number) => addDays(weekStart(localDay(new Date()), 1), -7 * weeks);

/** A step-2 plan made on `day`, Monday and Thursday, one dumbbell row. */
async function seedPlan(day: string) {
  const saved = await createPlan(
    {
      phase: 2,
      daysPerWeek: 2,
      trainingDays: [1, 4],
      equipment: ['dumbbells'],
      exercises: [defaultPrescription('one-arm-row')!],
      flareMode: false,
    },
    { now: `${day}T12:00:00.000Z`, today: day },
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value;
}

beforeEach(async () => {
  await resetDatabase();
  localStorage.removeItem(SKIPPED_DAY_KEY);
});

function renderToday() {
  return render(
    <MemoryRouter>
      <TodayPage />
    </MemoryRouter>,
  );
}

/** A spasm an hour ago, never before today's midnight, so it is today's at any time of day. */
async function spasmToday(severity: number) {
  const startedAt = new Date(
    Math.max(new Date().setHours(0, 0, 0, 0), Date.now() - 3_600_000),
  ).toISOString();
  const saved = await episodeRepository.add({
    startedAt,
    endedAt: startedAt,
    severity,
    region: 'lower-back',
    movement: 'lifting',
    easedBy: ['walking'],
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

describe("Today after today's spasm (docs/domain.md §5b rule 1)", () => {
  it('offers the gentle routine, skipping today and flare mode, and no safety check at 5/10', async () => {
    await seedPlan(today());
    await spasmToday(5);
    renderToday();
    const card = await screen.findByRole('region', { name: "After today's spasm" });
    expect(card).toHaveTextContent(/Gentle routine, about \d+ minutes/);
    expect(screen.getByRole('button', { name: "Skip today's session" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn on flare mode' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Take the safety check first' })).toBeNull();
  });

  it('puts the safety check before flare mode at 7/10 or more', async () => {
    await seedPlan(today());
    await spasmToday(8);
    renderToday();
    const safety = await screen.findByRole('link', { name: 'Take the safety check first' });
    const flare = screen.getByRole('button', { name: 'Turn on flare mode' });
    expect(safety.compareDocumentPosition(flare) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('turns flare mode on only when asked', async () => {
    const plan = await seedPlan(today());
    await spasmToday(6);
    renderToday();
    await screen.findByRole('region', { name: "After today's spasm" });
    expect((await planRepository.get(plan.id))?.flareMode).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Turn on flare mode' }));
    await waitFor(async () => {
      expect((await planRepository.get(plan.id))?.flareMode).toBe(true);
    });
  });

  it('keeps "skip today" over a reload: the offer does not come back today', async () => {
    await seedPlan(today());
    await spasmToday(6);
    const first = renderToday();
    await userEvent.click(await screen.findByRole('button', { name: "Skip today's session" }));
    expect(screen.getByRole('status')).toHaveTextContent('Today is a rest day');
    first.unmount();
    renderToday();
    await screen.findByText('Days since your last spasm');
    expect(screen.queryByRole('region', { name: "After today's spasm" })).toBeNull();
  });
});

describe('Today and the weekly review (docs/domain.md §5b rule 10)', () => {
  it('says the review is due, runs it by itself, then says it ran', async () => {
    await seedPlan(mondayWeeksAgo(2));
    renderToday();
    expect(
      await screen.findByRole('heading', { name: /Your weekly review (is due|ran)/ }),
    ).toBeInTheDocument();
    const ran = await screen.findByRole('region', { name: 'Your weekly review ran' });
    expect(ran).toHaveTextContent(/\w/);
    expect(within(ran).getByRole('link', { name: 'See your plan' })).toBeInTheDocument();
  });
});
