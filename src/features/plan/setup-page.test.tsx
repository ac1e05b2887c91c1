import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { planRepository } from '../../data/repositories';
import { renderPlan, resetPlan } from './plan-test-kit';

beforeEach(resetPlan);

const storedPlans = async () => (await planRepository.all()).records;
const tile = (group: string, name: string) =>
  within(screen.getByRole('group', { name: group })).getByLabelText(name);

describe('setting up the plan', () => {
  it('offers an honest empty state with a way to set up the plan', async () => {
    renderPlan('/plan');
    expect(await screen.findByRole('heading', { name: 'No plan yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up your plan' })).toHaveAttribute(
      'href',
      '/plan/setup',
    );
  });

  it('saves days, equipment and starting rungs as a step-2 plan at the baseline', async () => {
    const user = userEvent.setup();
    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('2', { selector: '#setup-days-2' }));
    // Two days suggested (Monday, Thursday); swap Thursday for Friday.
    await user.click(tile('Which days', 'Thursday'));
    await user.click(tile('Which days', 'Friday'));
    await user.click(tile('Equipment you have', 'Dumbbells'));
    await user.click(screen.getByRole('radio', { name: 'Bird dog' }));
    const baseline = screen.getByRole('region', { name: 'Your baseline' });
    expect(baseline).toHaveTextContent('Supported one-arm row: 2 × 10 at 4 kg');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    expect(
      await screen.findByRole('heading', { name: 'Step 2: your tolerable baseline' }),
    ).toBeVisible();
    expect(screen.getByText(/Two steady weeks in a row/)).toBeInTheDocument();
    expect(screen.getByText(/this step can take months/)).toBeInTheDocument();
    const [plan, ...others] = await storedPlans();
    expect(others).toEqual([]);
    expect(plan).toMatchObject({
      phase: 2,
      daysPerWeek: 2,
      trainingDays: [1, 5],
      equipment: ['dumbbells'],
      flareMode: false,
    });
    expect(plan?.exercises.map((e) => e.exerciseId)).toEqual([
      'bird-dog',
      'one-arm-row',
      'hip-hinge-dowel',
    ]);
    const ladders = screen.getByRole('region', { name: 'Toward your destination exercises' });
    expect(ladders).toHaveTextContent('Step 3 of 5 toward the superman with holds: bird dog.');
  });

  it('says at the field when the days chosen and the days a week disagree, saving nothing', async () => {
    const user = userEvent.setup();
    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('No equipment'));
    await user.click(tile('Which days', 'Wednesday'));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    const days = screen.getByRole('group', { name: 'Which days' });
    expect(
      await within(days).findByText('Choose 3 days, or change how many days a week'),
    ).toBeVisible();
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(tile('Which days', 'Monday')).toHaveFocus();
    expect(tile('Equipment you have', 'No equipment')).toBeChecked();
    expect(await storedPlans()).toEqual([]);
  });

  it('asks for equipment and says when a ladder needs equipment the person lacks', async () => {
    const user = userEvent.setup();
    renderPlan('/plan/setup');
    await user.click(await screen.findByRole('button', { name: 'Save plan' }));
    expect(await screen.findByText('Choose the equipment you have, or No equipment')).toBeVisible();
    await user.click(tile('Equipment you have', 'No equipment'));
    expect(screen.getByText(/Row: none of these exercises fits/)).toBeInTheDocument();
    expect(await storedPlans()).toEqual([]);
  });
});
