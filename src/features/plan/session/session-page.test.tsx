import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultPrescription } from '../../../domain/exercises';
import { lbToKg } from '../../../domain/settings';
import { renderPlan, resetPlan, seedPlan, today } from '../plan-test-kit';
import { answer, effortGroup, painGroup, storedSessions, storedSets } from './session-test-kit';

beforeEach(resetPlan);

describe('the session screen', () => {
  it('completes a set at the prescription with effort and pain, stored with the day', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan/session');
    expect(await screen.findByRole('heading', { name: 'Prone press-up' })).toBeVisible();
    expect(screen.getByText('Set 1 of 2: 8 reps')).toBeVisible();
    expect(screen.getByText('Hands under your shoulders')).toBeVisible();
    await answer(user, 'Moderate', '2');
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));

    expect(await screen.findByRole('timer', { name: 'Rest time left' })).toBeVisible();
    expect(await screen.findByText('Set 2 of 2: 8 reps')).toBeVisible();
    // The rest takes Done's place in the action bar: focus moves to its Skip rest, in thumb's
    // reach, not to the page (nor up to the heading, which would scroll).
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Skip rest' })).toHaveFocus();
    });
    // A press-up is an endurance set: 45 s of rest (docs/domain.md §5b rule 11).
    expect(
      screen.getByText(/Set saved\. Rest 45 seconds, then set 2 of Prone press-up\./),
    ).toBeInTheDocument();
    const [session] = await storedSessions();
    expect(session?.day).toBe(today());
    const [set] = await storedSets();
    expect(set).toMatchObject({
      sessionId: session?.id,
      exerciseId: 'prone-press-up',
      setNumber: 1,
      reps: 8,
      effort: 'moderate',
      painDuring: 2,
    });
    await user.click(screen.getByRole('button', { name: 'Skip rest' }));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    // The second set of the same exercise starts from the first's answers: one tap.
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));
    expect(await screen.findByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
    expect(screen.getByText('Set 1 of 2: 10 reps at 4 kg')).toBeVisible();
  });

  it('moves focus to the heading of each new exercise: after its last set, a skip, a bring-back', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan/session');
    await screen.findByRole('heading', { name: 'Prone press-up' });
    await answer(user, 'Easy', '1');
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));
    await user.click(await screen.findByRole('button', { name: 'Skip rest' }));
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));
    // The exercise stays on screen until its last set is read back; then the next one's heading.
    const row = await screen.findByRole('heading', { name: 'Supported one-arm row' });
    await waitFor(() => {
      expect(row).toHaveFocus();
    });

    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    const bridge = await screen.findByRole('heading', { name: 'Glute bridge' });
    await waitFor(() => {
      expect(bridge).toHaveFocus();
    });

    // Brought back, the row comes first again (the plan's order): its heading takes focus.
    const skipped = screen.getByRole('region', { name: 'Skipped today' });
    await user.click(
      within(skipped).getByRole('button', { name: 'Do Supported one-arm row after all' }),
    );
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Supported one-arm row' })).toHaveFocus();
    });
  });

  it("starts a second set from the first set's answers, saying so, and a new exercise afresh", async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan/session');
    await screen.findByRole('heading', { name: 'Prone press-up' });
    expect(screen.queryByText(/^Starting from set/)).not.toBeInTheDocument();
    // Pain 5, the most that's acceptable: 6 would stop the exercise (docs/domain.md §5b rule 1).
    await answer(user, 'Hard', '5');
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));

    expect(await screen.findByText('Set 2 of 2: 8 reps')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Skip rest' }));
    expect(within(effortGroup()).getByRole('radio', { name: 'Hard' })).toBeChecked();
    expect(within(painGroup()).getByRole('radio', { name: '5' })).toBeChecked();
    expect(
      screen.getByText(
        'Starting from set 1: Hard, pain 5/10. Change them if this set felt different.',
      ),
    ).toBeVisible();
    await user.click(within(effortGroup()).getByRole('radio', { name: 'Moderate' }));
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));

    // A new exercise: nothing chosen, nothing carried, and Done asks rather than guessing.
    expect(await screen.findByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
    for (const radio of [
      ...within(effortGroup()).getAllByRole('radio'),
      ...within(painGroup()).getAllByRole('radio'),
    ]) {
      expect(radio).not.toBeChecked();
    }
    expect(screen.queryByText(/^Starting from set/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip rest' }));
    await user.click(screen.getByRole('button', { name: 'Done: 10 reps at 4 kg' }));
    expect(within(effortGroup()).getByText('Choose how hard the set felt')).toBeVisible();
    expect((await storedSets()).map((set) => [set.exerciseId, set.effort, set.painDuring])).toEqual(
      [
        ['prone-press-up', 'hard', 5],
        ['prone-press-up', 'moderate', 5],
      ],
    );
  });

  it('saves what was really done after a quick adjust', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan/session');
    await user.click(await screen.findByRole('button', { name: 'Skip this exercise' }));
    expect(await screen.findByRole('heading', { name: 'Supported one-arm row' })).toBeVisible();
    await user.click(screen.getByText('Did something different?'));
    await user.click(screen.getByRole('button', { name: 'One fewer rep' }));
    await user.click(screen.getByRole('button', { name: 'Heavier' }));
    await answer(user, 'Hard', '4');
    await user.click(screen.getByRole('button', { name: 'Done: 9 reps at 6 kg' }));
    await screen.findByRole('timer');
    const [set] = await storedSets();
    expect(set).toMatchObject({
      exerciseId: 'one-arm-row',
      reps: 9,
      loadKg: 6,
      effort: 'hard',
      painDuring: 4,
    });
  });

  it('adjusts a pound load in pounds, so a set back at the prescription meets it exactly', async () => {
    const user = userEvent.setup();
    await seedPlan(today(), { exercises: [defaultPrescription('one-arm-row', 'lb')!] });
    renderPlan('/plan/session');
    expect(await screen.findByText('Set 1 of 2: 10 reps at 10 lb')).toBeVisible();
    await user.click(screen.getByText('Did something different?'));
    const load = screen.getByRole('group', { name: 'Load' });
    await user.click(within(load).getByRole('button', { name: 'Heavier' }));
    expect(within(load).getByRole('status')).toHaveTextContent('15 lb');
    await user.click(within(load).getByRole('button', { name: 'Lighter' }));
    await user.click(within(load).getByRole('button', { name: 'Lighter' }));
    expect(within(load).getByRole('status')).toHaveTextContent('5 lb');
    await user.click(within(load).getByRole('button', { name: 'Heavier' }));
    await answer(user, 'Moderate', '2');
    await user.click(screen.getByRole('button', { name: 'Done: 10 reps at 10 lb' }));
    await screen.findByRole('timer');
    const [set] = await storedSets();
    // Exactly the prescription's kg (the exact kg of 10 lb), not a rounded 4.54.
    expect(set?.loadKg).toBe(lbToKg(10));
  });

  it('says when an exercise is in a baseline week of its own', async () => {
    const user = userEvent.setup();
    const [pressUp, row] = [
      defaultPrescription('prone-press-up')!,
      defaultPrescription('one-arm-row')!,
    ];
    await seedPlan(today(), { phase: 3, exercises: [pressUp, { ...row, findingBaseline: true }] });
    renderPlan('/plan/session');
    await screen.findByRole('heading', { name: 'Prone press-up' });
    expect(screen.queryByText(/^First week at/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    expect(
      await screen.findByText(/^First week at Supported one-arm row: do each set/),
    ).toBeVisible();
  });

  it('asks for effort and pain at their fields before saving a set', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan/session');
    await user.click(await screen.findByRole('button', { name: 'Done: 8 reps' }));
    expect(within(effortGroup()).getByText('Choose how hard the set felt')).toBeVisible();
    expect(screen.getByText('Choose your pain during the set, from 0 to 10')).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Easy' })).toHaveFocus();
    expect(await storedSets()).toEqual([]);
    expect(await storedSessions()).toEqual([]);
  });

  it('resumes after the app is closed mid-session, then finishes the session', async () => {
    const user = userEvent.setup();
    await seedPlan();
    const first = renderPlan('/plan/session');
    await screen.findByRole('heading', { name: 'Prone press-up' });
    await answer(user, 'Easy', '1');
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));
    await screen.findByRole('timer');
    first.unmount();

    renderPlan('/plan/session');
    expect(
      await screen.findByText('Picking up where you left off: 1 set already saved.'),
    ).toBeVisible();
    expect(screen.getByText('Set 2 of 2: 8 reps')).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Easy' })).toBeChecked();
    expect(screen.getByRole('region', { name: 'Saved so far' })).toHaveTextContent(
      'Prone press-up, set 1: 8 reps · Easy · pain 1/10',
    );
    await user.click(screen.getByRole('button', { name: 'Finish session' }));
    expect(await screen.findByText('Session saved')).toBeInTheDocument();
    const [session] = await storedSessions();
    expect(session?.completedAt).toBeDefined();
  });
});
