import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/episodes';
import { defaultPrescription } from '../../../domain/exercises';
import { renderPlan, resetPlan, seedPlan, seedSession, seedSpasm, today } from '../plan-test-kit';
import { answer, storedSets } from './session-test-kit';

beforeEach(resetPlan);

const row = () => defaultPrescription('one-arm-row');
const loadGroup = () => screen.getByRole('group', { name: 'Load' });
const loadShown = () => within(loadGroup()).getByRole('status');

/** Skips the first exercise (prone press-up) to reach the row and opens "Did something different?". */
async function openRowAdjust(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { name: 'Prone press-up' });
  await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
  await screen.findByRole('heading', { name: 'Supported one-arm row' });
  await user.click(screen.getByText('Did something different?'));
}

describe('steppers on the person’s own grid', () => {
  it('step a load through the dumbbells owned, never above the heaviest', async () => {
    const user = userEvent.setup();
    await seedPlan(today(), {
      owned: { units: 'kg', dumbbells: { kind: 'fixed', weights: [2, 4, 7, 12] } },
    });
    renderPlan('/plan/session');
    await openRowAdjust(user);
    expect(loadShown()).toHaveTextContent('4 kg');
    await user.click(within(loadGroup()).getByRole('button', { name: 'Heavier' }));
    expect(loadShown()).toHaveTextContent('7 kg');
    await user.click(within(loadGroup()).getByRole('button', { name: 'Heavier' }));
    expect(loadShown()).toHaveTextContent('12 kg');
    expect(within(loadGroup()).getByRole('button', { name: 'Heavier' })).toBeDisabled();
    const lighter = () => user.click(within(loadGroup()).getByRole('button', { name: 'Lighter' }));
    await lighter();
    await lighter();
    await lighter();
    expect(loadShown()).toHaveTextContent('2 kg');
    expect(within(loadGroup()).getByRole('button', { name: 'Lighter' })).toBeDisabled();
  });

  it('fall back to the exercise’s smallest step when no equipment is recorded', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan/session');
    await openRowAdjust(user);
    await user.click(within(loadGroup()).getByRole('button', { name: 'Heavier' }));
    expect(loadShown()).toHaveTextContent('6 kg');
  });

  it('step a short hold by seconds, not by 5', async () => {
    const user = userEvent.setup();
    const hold = defaultPrescription('superman-hold');
    if (!hold) throw new Error('no superman hold');
    await seedPlan(today(), { exercises: [{ ...hold, holdSeconds: 10 }] });
    renderPlan('/plan/session');
    await screen.findByRole('heading', { name: /superman/i });
    await user.click(screen.getByText('Did something different?'));
    const group = screen.getByRole('group', { name: 'Hold' });
    await user.click(within(group).getByRole('button', { name: 'Longer hold' }));
    expect(within(group).getByRole('status')).toHaveTextContent('12 s');
    await user.click(within(group).getByRole('button', { name: 'Shorter hold' }));
    await user.click(within(group).getByRole('button', { name: 'Shorter hold' }));
    expect(within(group).getByRole('status')).toHaveTextContent('8 s');
    expect(screen.getByRole('button', { name: 'Start a hold: 8 s' })).toBeVisible();
  });
});

describe('last time', () => {
  it('shows, beside the set, what was done at it in the last session', async () => {
    const user = userEvent.setup();
    const earlier = addDays(today(), -3);
    const plan = await seedPlan(earlier);
    await seedSession(plan, earlier);
    renderPlan('/plan/session');
    await screen.findByRole('heading', { name: 'Prone press-up' });
    expect(await screen.findByText(/^Last time \(.+\): set 1, 8 reps$/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    await screen.findByRole('heading', { name: 'Supported one-arm row' });
    const expected = row()?.loadKg ?? 0;
    expect(
      await screen.findByText(new RegExp(`set 1, 10 reps at ${String(expected)} kg$`)),
    ).toBeVisible();
  });

  it('says so when the exercise has never been done', async () => {
    await seedPlan();
    renderPlan('/plan/session');
    expect(await screen.findByText('Last time: first time at this exercise.')).toBeVisible();
  });
});

describe('pain during a set (docs/domain.md §5b rule 1)', () => {
  it('at 6 or more stops the exercise for today, and a second one offers the gentle routine', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan/session');
    await screen.findByRole('heading', { name: 'Prone press-up' });
    expect(screen.getByText('Hard: 0-1 left, or my form slipped')).toBeInTheDocument();
    await answer(user, 'Moderate', '6');
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));

    expect(
      await screen.findByRole('heading', { name: 'Stop this exercise for today' }),
    ).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
    // No rest before the next exercise: the stopped one's sets are stopped, not waited for.
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /gentle routine/ })).not.toBeInTheDocument();

    await answer(user, 'Moderate', '7');
    await user.click(screen.getByRole('button', { name: 'Done: 10 reps at 4 kg' }));
    expect(
      await screen.findByRole('heading', { name: 'End the session with a gentle routine?' }),
    ).toBeVisible();
    expect(screen.getByText(/Walk at an easy pace/)).toBeVisible();
    await waitFor(async () => {
      expect(await storedSets()).toHaveLength(2);
    });
  });
});

describe('after a spasm this week', () => {
  it('offers a one-tap lighter session, for today only', async () => {
    const user = userEvent.setup();
    await seedPlan();
    await seedSpasm(today());
    renderPlan('/plan/session');
    await screen.findByRole('heading', { name: 'Prone press-up' });
    await user.click(await screen.findByRole('button', { name: 'Make today lighter' }));
    expect(screen.getByRole('heading', { name: 'Lighter session today' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    await screen.findByRole('heading', { name: 'Supported one-arm row' });
    // About a quarter lighter on the same rung: fewer reps or less load than 2 × 10 at 4 kg.
    expect(screen.queryByText('Set 1 of 2: 10 reps at 4 kg')).not.toBeInTheDocument();
  });

  it('is on screen with the first set, so nothing moves under a tap while the screen loads', async () => {
    await seedPlan();
    await seedSpasm(today());
    renderPlan('/plan/session');
    await screen.findByRole('radiogroup', { name: 'How hard was it?' });
    // Drawn together: an offer appearing later would push the answers down under a finger.
    expect(screen.getByRole('heading', { name: /A lighter session/ })).toBeVisible();
    expect(screen.getByText(/^Last time/)).toBeVisible();
  });

  it('is not offered in a week without a spasm', async () => {
    await seedPlan();
    renderPlan('/plan/session');
    await screen.findByRole('heading', { name: 'Prone press-up' });
    expect(await screen.findByText('Last time: first time at this exercise.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Make today lighter' })).not.toBeInTheDocument();
  });
});
