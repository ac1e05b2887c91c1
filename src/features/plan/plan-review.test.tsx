import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCheckin } from '../../data/episodes/checkin-queries';
import { planChangeRepository, planRepository } from '../../data/repositories';
import { addDays } from '../../domain/episodes';
import { weekdayName } from '../../domain/progression';
import { formatLongDay } from '../../ui/format';
import {
  mondayWeeksAgo,
  renderPlan,
  resetPlan,
  seedPlan,
  seedSession,
  seedSpasm,
} from './plan-test-kit';

beforeEach(resetPlan);
afterEach(() => {
  vi.useRealTimers();
});

/** The device clock on `day` at 09:00 (only Date is faked: timers and IndexedDB run as usual). */
const clockAt = (day: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T09:00:00`));
};

const runReview = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(await screen.findByRole('button', { name: "Run this week's review" }));
  return screen.findByRole('region', { name: /^Latest review: week of/ });
};
/** Runs the review due and waits for the result of the week of `weekOf`. */
const runReviewOf = async (user: ReturnType<typeof userEvent.setup>, weekOf: string) => {
  await user.click(await screen.findByRole('button', { name: "Run this week's review" }));
  return screen.findByRole('region', { name: `Latest review: week of ${formatLongDay(weekOf)}` });
};
const storedPlan = async () => (await planRepository.all()).records[0];

describe("running the week's review", () => {
  it('moves on to step 3 and steps up after two steady weeks, saying why', async () => {
    const user = userEvent.setup();
    const first = mondayWeeksAgo(2);
    const plan = await seedPlan(first);
    for (const day of [first, addDays(first, 3), addDays(first, 7), addDays(first, 10)]) {
      await seedSession(plan, day);
    }
    renderPlan('/plan');
    const due = await screen.findByRole('region', { name: 'Your weekly review is ready' });
    expect(due).toHaveTextContent(/and 1 more after it/);
    const latest = await runReview(user);

    expect(latest).toHaveTextContent('Steady week, 2 of 2 sessions done: 3 steps up.');
    const row = within(latest).getByText('Supported one-arm row').closest('li');
    expect(row).toHaveTextContent(/Step up \(2 × 10 at 4 kg → .+\)/);
    expect(row?.textContent).toMatch(/: .+/);
    expect(screen.getByRole('heading', { name: 'Step 3: gradual progression' })).toBeVisible();
    expect(
      screen.queryByRole('button', { name: "Run this week's review" }),
    ).not.toBeInTheDocument();
    // Both weeks are in the history, the first holding the baseline.
    const history = screen.getByRole('region', { name: 'History of plan changes' });
    await waitFor(() => {
      expect(within(history).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    });
    expect(history).toHaveTextContent('Steady week, 2 of 2 sessions done: baseline held.');
    // Dated by the week each reviewed, not the day it ran (docs/domain.md §5b rule 10).
    expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent(/^Week of /);
    expect((await storedPlan())?.phase).toBe(3);
    expect((await planChangeRepository.all()).records).toHaveLength(2);
  });

  it('steps back and turns flare mode on after a week with a spasm', async () => {
    const user = userEvent.setup();
    const first = mondayWeeksAgo(1);
    const plan = await seedPlan(first);
    await seedSession(plan, first);
    await seedSpasm(addDays(first, 1));
    await seedSession(plan, addDays(first, 3));
    renderPlan('/plan');
    const latest = await runReview(user);

    expect(latest).toHaveTextContent(/A flare this week .*stepped back, and flare mode is on\./);
    const spasmDay = weekdayName(addDays(first, 1));
    const decisions = within(latest).getAllByRole('listitem');
    expect(decisions).toHaveLength(3);
    for (const decision of decisions) {
      expect(decision).toHaveTextContent(new RegExp(`you logged a spasm on ${spasmDay}`));
    }
    expect(decisions[1]).toHaveTextContent(/Stepped back \(2 × 10 at 4 kg → /);
    expect(screen.getByRole('heading', { name: 'Flare mode: progression paused' })).toBeVisible();
    expect(await storedPlan()).toMatchObject({ flareMode: true, flareSince: addDays(first, 1) });
  });

  it('turns flare mode on by hand from a day, stepping every exercise back', async () => {
    const user = userEvent.setup();
    await seedPlan(mondayWeeksAgo(1));
    renderPlan('/plan');
    await user.click(await screen.findByRole('button', { name: 'My back is flaring' }));
    const since = screen.getByLabelText('Flaring since');
    await user.clear(since);
    await user.type(since, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Turn flare mode on' }));
    expect(await screen.findByText("Flare start date can't be in the future")).toBeVisible();
    expect(since).toHaveAttribute('aria-invalid', 'true');
    expect((await storedPlan())?.flareMode).toBe(false);

    await user.clear(since);
    await user.type(since, addDays(mondayWeeksAgo(0), 0));
    await user.click(screen.getByRole('button', { name: 'Turn flare mode on' }));
    expect(await screen.findByText(/^On since/)).toBeVisible();
    const history = screen.getByRole('region', { name: 'History of plan changes' });
    // The history is its own live query, which may arrive a render after the plan's.
    await waitFor(() => {
      expect(history).toHaveTextContent('Flare mode on: exercises stepped back');
    });
    expect((await storedPlan())?.flareMode).toBe(true);
  });
});

// Monday, Wednesday and Sunday from Monday 5 January 2026: the week's last session is on its last
// day, so its next-morning answer is due on the morning the review is.
describe('the morning after the week’s last session', () => {
  const seedSundayWeek = async () => {
    const plan = await seedPlan('2026-01-05', { daysPerWeek: 3, trainingDays: [1, 3, 0] });
    for (const day of ['2026-01-05', '2026-01-07', '2026-01-11']) await seedSession(plan, day);
  };
  const answerWorse = (day: string) =>
    saveCheckin({ day, backPain: 3, activityIds: [], morningAfterSession: 'worse' });
  const worseMonday = "your back was worse than usual on Monday morning, after Sunday's session";

  it('asks how the back is this morning before the review, until answered', async () => {
    const user = userEvent.setup();
    clockAt('2026-01-12');
    await seedSundayWeek();
    renderPlan('/plan');
    const due = await screen.findByRole('region', { name: 'Your weekly review is ready' });
    expect(
      await within(due).findByText(/how is your back this morning, after yesterday's session\?/),
    ).toBeVisible();
    const checkin = within(due).getByRole('link', { name: "Answer in today's check-in" });
    expect(checkin).toHaveAttribute('href', '/checkin');
    // Never a wait: the review can still run now, and says a later answer still counts.
    expect(due).toHaveTextContent(/your answer still counts when you give it/);
    expect(within(due).getByRole('button', { name: "Run this week's review" })).toBeEnabled();

    await answerWorse('2026-01-12');
    await waitFor(() => {
      expect(within(due).queryByRole('link', { name: /check-in/ })).not.toBeInTheDocument();
    });
    const latest = await runReview(user);
    expect(latest).toHaveTextContent(
      'A flare this week (your back was worse than usual on Monday morning): stepped back, and flare mode is on.',
    );
    expect(within(latest).getAllByRole('listitem')[0]).toHaveTextContent(worseMonday);
  });

  it('counts an answer given after the review at the next one', async () => {
    const user = userEvent.setup();
    clockAt('2026-01-12');
    await seedSundayWeek();
    const first = renderPlan('/plan');
    expect(await runReview(user)).toHaveTextContent(
      'Steady week, 3 of 3 sessions done: baseline held.',
    );
    await answerWorse('2026-01-12');
    first.unmount();

    clockAt('2026-01-19');
    renderPlan('/plan');
    const latest = await runReviewOf(user, '2026-01-12');
    expect(latest).toHaveTextContent(
      'A flare this week (your back was worse than usual on Monday morning): stepped back, and flare mode is on.',
    );
    for (const decision of within(latest).getAllByRole('listitem')) {
      expect(decision).toHaveTextContent(/Stepped back/);
      expect(decision).toHaveTextContent(worseMonday);
    }
    expect(await storedPlan()).toMatchObject({ flareMode: true, flareSince: '2026-01-11' });
  });
});

describe('flare mode turned on by hand', () => {
  it('refuses a start before the plan, and stays on through the week it was turned on in', async () => {
    const user = userEvent.setup();
    clockAt('2026-01-12');
    await seedPlan('2026-01-05');
    const reviewed = renderPlan('/plan');
    await runReview(user);
    reviewed.unmount();

    // Friday 16 January: flaring, dated back to Friday 9 January, before this week.
    clockAt('2026-01-16');
    const friday = renderPlan('/plan');
    await user.click(await screen.findByRole('button', { name: 'My back is flaring' }));
    const since = screen.getByLabelText('Flaring since');
    expect(since).toHaveAttribute('min', '2026-01-05');
    await user.clear(since);
    await user.type(since, '2026-01-04');
    await user.click(screen.getByRole('button', { name: 'Turn flare mode on' }));
    expect(
      await screen.findByText(
        `Flare start date can't be before your plan began (${formatLongDay('2026-01-05')})`,
      ),
    ).toBeVisible();
    expect(since).toHaveAttribute('aria-invalid', 'true');
    expect((await storedPlan())?.flareMode).toBe(false);
    await user.clear(since);
    await user.type(since, '2026-01-09');
    await user.click(screen.getByRole('button', { name: 'Turn flare mode on' }));
    expect(await screen.findByText(/^On since/)).toBeVisible();
    friday.unmount();

    // The next Monday: nothing logged all week, but the week had the flare in it.
    clockAt('2026-01-19');
    renderPlan('/plan');
    const latest = await runReviewOf(user, '2026-01-12');
    // Nothing logged is an empty week (docs/domain.md §5b rule 3): it never ends flare mode, and
    // the second one in a row without a session eases the restart (rule 2).
    expect(latest).toHaveTextContent(
      '2 weeks without a session: your plan restarts about 10 % lighter.',
    );
    expect(latest).not.toHaveTextContent('A calm week');
    expect(await storedPlan()).toMatchObject({ flareMode: true, flareSince: '2026-01-09' });
  });
});
