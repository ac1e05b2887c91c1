import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../domain/episodes';
import { reloadTab, renderPlan, resetPlan, seedPlan, today } from '../plan-test-kit';
import { changeSessionDraft, sessionDraft } from './session-draft';
import { answer, effortGroup } from './session-test-kit';

beforeEach(resetPlan);

const heading = (name: string) => screen.findByRole('heading', { name });

/** A session opened on the first exercise, its first set done and the rest after it skipped. */
async function firstSetDoneRestSkipped(user: ReturnType<typeof userEvent.setup>) {
  await seedPlan();
  const view = renderPlan('/plan/session');
  await heading('Prone press-up');
  await answer(user, 'Easy', '1');
  await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));
  // Skipped as soon as it shows, whether set 1 is read back yet or not: the action bar stays
  // mounted as set 2 comes up, so the tap lands either way.
  await user.click(await screen.findByRole('button', { name: 'Skip rest' }));
  await screen.findByText('Set 2 of 2: 8 reps');
  return view;
}

describe('closing the app mid-session', () => {
  it('keeps the exercises skipped, and can bring one back', async () => {
    const user = userEvent.setup();
    await seedPlan();
    const first = renderPlan('/plan/session');
    await user.click(await screen.findByRole('button', { name: 'Skip this exercise' }));
    expect(await heading('Supported one-arm row')).toBeVisible();
    first.unmount();
    reloadTab();

    renderPlan('/plan/session');
    expect(await heading('Supported one-arm row')).toBeVisible();
    const skipped = screen.getByRole('region', { name: 'Skipped today' });
    expect(skipped).toHaveTextContent('Prone press-up');
    await user.click(within(skipped).getByRole('button', { name: 'Do Prone press-up after all' }));
    expect(await heading('Prone press-up')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Skipped today' })).not.toBeInTheDocument();
  });

  it('keeps an answer given for the set in progress', async () => {
    const user = userEvent.setup();
    await seedPlan();
    const first = renderPlan('/plan/session');
    await heading('Prone press-up');
    await user.click(within(effortGroup()).getByRole('radio', { name: 'Easy' }));
    first.unmount();
    reloadTab();

    renderPlan('/plan/session');
    await heading('Prone press-up');
    expect(within(effortGroup()).getByRole('radio', { name: 'Easy' })).toBeChecked();
  });

  it('resumes the rest where it was, from its end time', async () => {
    const user = userEvent.setup();
    const start = Date.parse(`${today()}T09:00:00`);
    const now = vi.spyOn(Date, 'now').mockReturnValue(start);
    await seedPlan();
    const first = renderPlan('/plan/session');
    await heading('Prone press-up');
    await answer(user, 'Easy', '1');
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));
    expect(await screen.findByRole('timer', { name: 'Rest time left' })).toHaveTextContent('0:45');
    first.unmount();
    reloadTab();

    // Reopened 25 seconds later: of a press-up's 45 s rest (an endurance set, docs/domain.md
    // §5b rule 11), 20 seconds are left, not a fresh rest (nor none).
    now.mockReturnValue(start + 25_000);
    const second = renderPlan('/plan/session');
    expect(await screen.findByRole('timer', { name: 'Rest time left' })).toHaveTextContent('0:20');
    second.unmount();
    reloadTab();

    // Reopened after the rest would have ended: no timer, and the next set is ready.
    now.mockReturnValue(start + 90_000);
    renderPlan('/plan/session');
    expect(await screen.findByText('Set 2 of 2: 8 reps')).toBeVisible();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    // The ended rest is dropped from the draft too (by an effect, hence the wait).
    await waitFor(() => {
      expect(sessionDraft.read()?.restUntil).toBeNull();
    });
  });

  it('keeps a skipped rest skipped', async () => {
    const user = userEvent.setup();
    const first = await firstSetDoneRestSkipped(user);
    first.unmount();
    reloadTab();

    renderPlan('/plan/session');
    expect(await screen.findByText('Set 2 of 2: 8 reps')).toBeVisible();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('forgets the skips once the session is finished', async () => {
    const user = userEvent.setup();
    const first = await firstSetDoneRestSkipped(user);
    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    await user.click(await screen.findByRole('button', { name: 'Finish session' }));
    expect(await screen.findByText('Session saved')).toBeInTheDocument();
    expect(sessionStorage.getItem(sessionDraft.key) ?? '').not.toContain('prone-press-up');
    first.unmount();
    reloadTab();

    renderPlan('/plan/session');
    expect(await screen.findByText('Set 2 of 2: 8 reps')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Skipped today' })).not.toBeInTheDocument();
  });

  it("starts a new day afresh, without yesterday's skips or rest", async () => {
    await seedPlan(addDays(today(), -1));
    changeSessionDraft(addDays(today(), -1), {
      skipped: ['prone-press-up'],
      restUntil: Date.now() + 60_000,
    });
    renderPlan('/plan/session');

    expect(await heading('Prone press-up')).toBeVisible();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Skipped today' })).not.toBeInTheDocument();
    await waitFor(() => {
      expect(sessionDraft.read()).toBeNull();
    });
  });
});
