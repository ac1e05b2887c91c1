import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../data/clock';
import { experimentRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { renderScreens } from '../../ui/screens.test-helper';
import { dismissToast } from '../../ui/toast';
import { BeliefsPage } from './beliefs-page';
import { ExperimentsPage } from './experiments-page';

// The canvas chart needs a real browser (e2e covers it).
vi.mock('./experiment-chart', () => ({ ExperimentChart: () => null }));

function renderAt(path: string) {
  renderScreens(path, {
    '/beliefs': <BeliefsPage />,
    '/beliefs/experiments': <ExperimentsPage />,
  });
}

/** Focuses `control` and presses Enter on it, as a keyboard user would after tabbing there. */
async function press(user: ReturnType<typeof userEvent.setup>, control: HTMLElement) {
  control.focus();
  await user.keyboard('{Enter}');
}

beforeEach(async () => {
  await resetDatabase();
  dismissToast();
});

describe('the journal and experiment forms that open in place, by keyboard', () => {
  it('"Write a journal entry": focus to the form heading, back to the button on Cancel', async () => {
    const user = userEvent.setup();
    renderAt('/beliefs');
    await press(user, await screen.findByRole('button', { name: 'Write a journal entry' }));
    expect(screen.getByRole('heading', { name: 'New journal entry' })).toHaveFocus();
    await press(user, screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Write a journal entry' })).toHaveFocus();
  });

  it('"Plan an experiment": focus to the form heading, back to the button after Save', async () => {
    const user = userEvent.setup();
    renderAt('/beliefs/experiments');
    await press(user, await screen.findByRole('button', { name: 'Plan an experiment' }));
    expect(screen.getByRole('heading', { name: 'Plan an experiment' })).toHaveFocus();
    await user.type(screen.getByLabelText('The activity you are wary of'), 'Carry the shopping');
    const expected = screen.getByRole('radiogroup', { name: /How much pain do you expect/ });
    await user.click(within(expected).getByText('6', { exact: true }));
    await press(user, screen.getByRole('button', { name: 'Save prediction' }));
    expect(await screen.findByText('Experiment planned')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plan an experiment' })).toHaveFocus();
  });

  it('"Record how it went": focus to the first answer, back on Cancel, to a heading once recorded', async () => {
    const user = userEvent.setup();
    const today = localDay(new Date());
    for (const activity of ['Carry the shopping', 'Lift the laundry basket']) {
      await experimentRepository.add({ activity, predictedPain: 7, plannedFor: today });
    }
    renderAt('/beliefs/experiments');
    const record = async (activity: string) =>
      press(user, await screen.findByRole('button', { name: `Record how it went: ${activity}` }));

    await record('Carry the shopping');
    const actual = screen.getByRole('radiogroup', { name: /How much pain did you have/ });
    expect(within(actual).getByRole('radio', { name: '0' })).toHaveFocus();
    await press(user, screen.getByRole('button', { name: 'Cancel' }));
    expect(
      screen.getByRole('button', { name: 'Record how it went: Carry the shopping' }),
    ).toHaveFocus();

    // Recorded, the experiment leaves the waiting list, and its button with it.
    await record('Carry the shopping');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await press(user, screen.getByRole('button', { name: 'Save result' }));
    await waitFor(() => {
      expect(
        screen.queryByRole('button', { name: 'Record how it went: Carry the shopping' }),
      ).not.toBeInTheDocument();
    });
    expect(await experimentRepository.all()).toMatchObject({
      records: expect.arrayContaining([
        expect.objectContaining({ activity: 'Carry the shopping', actualPain: 2 }),
      ]) as unknown,
    });
    // Focus moves once the list has re-rendered without the recorded experiment.
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Waiting for the result' })).toHaveFocus();
    });
  });
});
