import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../data/clock';
import { beliefRepository, experimentRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { renderScreens } from '../../ui/screens.test-helper';
import { dismissToast } from '../../ui/toast';
import { BeliefPage } from './belief-page';
import { BeliefsPage } from './beliefs-page';
import { ExperimentsPage } from './experiments-page';

// The canvas chart needs a real browser (e2e covers it); its table shows the same figures here.
vi.mock('./experiment-chart', () => ({ ExperimentChart: () => null }));

function renderJournal(path: string) {
  renderScreens(path, {
    '/beliefs': <BeliefsPage />,
    '/beliefs/experiments': <ExperimentsPage />,
    '/beliefs/:id': <BeliefPage />,
  });
}

beforeEach(async () => {
  await resetDatabase();
  dismissToast();
});

describe('beliefs journal', () => {
  it('writes an entry from a prompt, keeping what was typed when refused, then re-rates it', async () => {
    const user = userEvent.setup();
    renderJournal('/beliefs');
    expect(
      await screen.findByRole('heading', { name: 'No journal entries yet' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write a journal entry' }));
    await user.click(screen.getByText('Beliefs many people with back pain hold'));
    await user.click(screen.getByRole('button', { name: 'Bending will damage my back' }));
    expect(screen.getByLabelText('The belief')).toHaveValue('Bending will damage my back');
    await user.type(screen.getByLabelText('Evidence against it (optional)'), 'I gardened all day');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    const strength = screen.getByLabelText('How strongly you believe it (0 to 100)');
    expect(
      await screen.findByText('Enter how strongly you believe it, from 0 to 100'),
    ).toBeInTheDocument();
    expect(strength).toHaveFocus();
    expect(screen.getByLabelText('Evidence against it (optional)')).toHaveValue(
      'I gardened all day',
    );
    expect((await beliefRepository.all()).records).toEqual([]);

    await user.type(strength, '80');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bending will damage my back' }),
    ).toBeInTheDocument();

    const rerate = screen.getByLabelText('How strongly do you believe it now? (0 to 100)');
    await user.type(rerate, '150');
    await user.click(screen.getByRole('button', { name: 'Save re-rating' }));
    expect(
      await screen.findByText('Belief strength must be a whole number from 0 to 100'),
    ).toBeInTheDocument();
    await user.clear(rerate);
    await user.type(rerate, '45');
    await user.click(screen.getByRole('button', { name: 'Save re-rating' }));

    const history = await screen.findByRole('table', { name: /believed it over time/ });
    await within(history).findByRole('cell', { name: '45' });
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('45 out of 100')).toBeInTheDocument();
    const [entry] = (await beliefRepository.all()).records;
    expect(entry).toMatchObject({ strength: 80, evidenceAgainst: 'I gardened all day' });
    expect(entry?.reRatings.map((r) => r.strength)).toEqual([45]);
  });
});

describe('behavioural experiments', () => {
  it('plans an experiment, records the result and sums up predicted against actual', async () => {
    const user = userEvent.setup();
    const today = localDay(new Date());
    await experimentRepository.add({
      activity: 'Carry the shopping',
      predictedPain: 8,
      plannedFor: today,
      actualPain: 3,
      doneOn: today,
    });
    renderJournal('/beliefs/experiments');
    await user.click(await screen.findByRole('button', { name: 'Plan an experiment' }));
    await user.type(
      screen.getByLabelText('The activity you are wary of'),
      'Lift the laundry basket',
    );
    await user.click(screen.getByRole('button', { name: 'Save prediction' }));
    expect(await screen.findByText('Choose the pain you expect, from 0 to 10')).toBeInTheDocument();
    expect(screen.getByLabelText('The activity you are wary of')).toHaveValue(
      'Lift the laundry basket',
    );

    const expected = screen.getByRole('radiogroup', { name: /How much pain do you expect/ });
    await user.click(within(expected).getByText('7', { exact: true }));
    await user.click(screen.getByRole('button', { name: 'Save prediction' }));
    const planned = await screen.findByRole('region', { name: 'Waiting for the result' });
    expect(planned).toHaveTextContent('you expect pain of 7 out of 10');

    await user.click(within(planned).getByRole('button', { name: /Record how it went/ }));
    const actual = screen.getByRole('radiogroup', { name: /How much pain did you have/ });
    await user.click(within(actual).getByText('9', { exact: true }));
    await user.click(screen.getByRole('button', { name: 'Save result' }));

    const results = screen.getByRole('region', { name: 'Predicted and actual pain' });
    expect(
      await within(results).findByText(
        'In 1 of your 2 experiments the pain was lower than you predicted and in 1 it was higher.',
      ),
    ).toBeInTheDocument();
    const table = within(results).getByRole('table', { name: /finished experiments/ });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('region', { name: 'Waiting for the result' })).toBeNull();
  });
});
