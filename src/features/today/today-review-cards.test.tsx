import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCheckin } from '../../data/episodes/checkin-queries';
import {
  episodeRepository,
  exerciseSetRepository,
  planChangeRepository,
  planRepository,
  sessionRepository,
} from '../../data/repositories';
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

// A Monday with last week due and its last session on Sunday: the morning question comes first
// (as on the Plan page), from Today's own read of yesterday. Each test has its own week: Today runs
// a due review by itself once per page load (a module-level record of the weeks started).
describe('Today and the morning after the week’s last session', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A session on `day` with one set of the plan's row done, logged that day. */
  async function seedSession(day: string) {
    const clock = { now: `${day}T18:00:00.000Z`, today: day };
    const session = await sessionRepository.add({ day }, clock);
    if (!session.ok) throw new Error(JSON.stringify(session.errors));
    const set = await exerciseSetRepository.add(
      {
        sessionId: session.value.id,
        exerciseId: 'one-arm-row',
        setNumber: 1,
        reps: 10,
        effort: 'moderate',
        painDuring: 2,
      },
      clock,
    );
    if (!set.ok) throw new Error(JSON.stringify(set.errors));
  }

  /** Today is `monday`; the plan began the Monday before, with sessions that day and Sunday. */
  async function sundaySessionWeek(monday: string) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${monday}T09:00:00`));
    await seedPlan(addDays(monday, -7));
    await seedSession(addDays(monday, -7));
    await seedSession(addDays(monday, -1));
  }

  it('asks the morning question first and runs the review only when asked', async () => {
    await sundaySessionWeek('2026-01-12');
    renderToday();
    const due = await screen.findByRole('region', { name: 'Your weekly review is due' });
    expect(due).toHaveTextContent(/how is your back this morning, after yesterday's session\?/);
    expect(within(due).getByRole('link', { name: "Answer in today's check-in" })).toHaveAttribute(
      'href',
      '/checkin',
    );
    // Not run by itself: nothing is written until the person answers or asks.
    await new Promise((done) => setTimeout(done, 200));
    expect((await planChangeRepository.all()).records).toHaveLength(0);

    await userEvent.click(within(due).getByRole('button', { name: 'Run it now' }));
    expect(await screen.findByRole('region', { name: 'Your weekly review ran' })).toBeVisible();
    expect((await planChangeRepository.all()).records).toHaveLength(1);
  });

  it('runs the review by itself once the morning is answered', async () => {
    await sundaySessionWeek('2026-01-19');
    const saved = await saveCheckin({
      day: '2026-01-19',
      backPain: 2,
      activityIds: [],
      morningAfterSession: 'same',
    });
    expect(saved.ok).toBe(true);
    renderToday();
    expect(await screen.findByRole('region', { name: 'Your weekly review ran' })).toBeVisible();
    expect(screen.queryByText(/how is your back this morning/)).not.toBeInTheDocument();
    expect((await planChangeRepository.all()).records).toHaveLength(1);
  });
});
