import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { planRepository } from '../../data/repositories';
import { exercises, renderPlan, resetPlan, seedPlan } from './plan-test-kit';
import { parseSetupDraft, SETUP_DRAFT_KEY, useSetupDraft } from './setup-draft';

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
      await screen.findByRole('heading', { name: 'Step 2: your baseline week' }),
    ).toBeVisible();
    expect(screen.getByText(/The weekly review then sets your baseline/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Plan saved: your baseline week starts/);
    const [plan, ...others] = await storedPlans();
    expect(others).toEqual([]);
    expect(plan).toMatchObject({
      phase: 2,
      daysPerWeek: 2,
      trainingDays: [1, 5],
      equipment: ['dumbbells'],
      flareMode: false,
      findingBaseline: true,
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

  it('keeps a new plan’s answers when the person leaves, and can start again', async () => {
    const user = userEvent.setup();
    const first = renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('Resistance bands'));
    await user.click(screen.getByRole('radio', { name: 'Bird dog' }));
    first.unmount();

    renderPlan('/plan/setup');
    expect(await screen.findByText(/Your answers from last time are kept/)).toBeVisible();
    expect(tile('Equipment you have', 'Resistance bands')).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Bird dog' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(tile('Equipment you have', 'Resistance bands')).not.toBeChecked();
    expect(screen.queryByText(/Your answers from last time are kept/)).not.toBeInTheDocument();
    expect(localStorage.getItem(SETUP_DRAFT_KEY)).not.toContain('bands');
  });

  it('drops the draft once the plan is saved', async () => {
    const user = userEvent.setup();
    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('No equipment'));
    expect(useSetupDraft.getState().draft?.equipment).toEqual(['none']);
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByRole('heading', { name: 'Step 2: your baseline week' });
    expect(useSetupDraft.getState().draft).toBeNull();
  });
});

describe('accessories', () => {
  it('offers the accessories the equipment allows, with what each trains, and saves them', async () => {
    const user = userEvent.setup();
    renderPlan('/plan/setup');
    const accessories = await screen.findByRole('group', { name: 'Accessories (optional)' });
    expect(accessories).toHaveTextContent(/None fits the equipment chosen yet/);
    await user.click(tile('Equipment you have', 'Resistance bands'));
    expect(within(accessories).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(tile('Equipment you have', 'Dumbbells'));
    expect(
      within(accessories)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['reverse-flye', 'band-pull-apart', 'good-morning']);
    const flye = tile('Accessories (optional)', 'Reverse flye');
    expect(flye).toHaveAccessibleDescription(
      'Trains: upper-back muscles between the shoulder blades',
    );
    await user.click(flye);
    const baseline = screen.getByRole('region', { name: 'Your baseline' });
    expect(baseline).toHaveTextContent('Reverse flye: 2 × 10 at 2 kg');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    await screen.findByRole('heading', { name: 'Step 2: your baseline week' });
    const [plan] = await storedPlans();
    expect(plan?.exercises.map((e) => e.exerciseId)).toEqual([
      'prone-lying',
      'one-arm-row',
      'hip-hinge-dowel',
      'reverse-flye',
    ]);
    expect(plan?.exercises[3]).toEqual(exercises(['reverse-flye'])[0]);
    const ladders = screen.getByRole('region', { name: 'Toward your destination exercises' });
    expect(ladders).toHaveTextContent('Reverse flye: 2 × 10 at 2 kg');
  });

  it('keeps an accessory already in the plan, with its progress, when the plan is saved again', async () => {
    const user = userEvent.setup();
    const flye = { ...exercises(['reverse-flye'])[0]!, targetReps: [13, 12], loadKg: 3 };
    await seedPlan(undefined, {
      exercises: [...exercises(['prone-press-up', 'one-arm-row', 'glute-bridge']), flye],
    });
    renderPlan('/plan/setup');
    expect(await screen.findByLabelText('Reverse flye')).toBeChecked();
    await user.click(tile('Which days', 'Thursday'));
    await user.click(tile('Which days', 'Friday'));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText('Plan changed');
    expect((await storedPlans())[0]?.exercises[3]).toEqual(flye);
  });
});

describe('changing the plan', () => {
  it('starts a baseline week again only when a starting rung changes', async () => {
    const user = userEvent.setup();
    await seedPlan();
    const first = renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('3', { selector: '#setup-days-3' }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByText('Plan changed')).toBeVisible();
    expect((await storedPlans())[0]).toMatchObject({ daysPerWeek: 3 });
    expect((await storedPlans())[0]?.findingBaseline).toBeUndefined();
    first.unmount();

    renderPlan('/plan/setup');
    await user.click(await screen.findByRole('radio', { name: 'Bird dog' }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(
      await screen.findByText('Plan changed: a baseline week starts for the new exercises'),
    ).toBeVisible();
    expect((await storedPlans())[0]).toMatchObject({ findingBaseline: true });
    expect(
      await screen.findByRole('heading', { name: 'Step 2: your baseline week' }),
    ).toBeVisible();
  });
});

describe('the setup draft from storage', () => {
  it('keeps sensible answers and drops anything else', () => {
    const good = {
      daysPerWeek: 2,
      trainingDays: [1, 4],
      equipment: ['bands'],
      start: { row: 'x' },
      accessories: ['band-pull-apart'],
    };
    expect(parseSetupDraft(good)).toEqual(good);
    // A draft kept before accessories were offered still loads, with none chosen.
    expect(parseSetupDraft({ ...good, accessories: undefined })?.accessories).toEqual([]);
    expect(parseSetupDraft({ ...good, accessories: [3, 'x'] })?.accessories).toEqual(['x']);
    expect(parseSetupDraft({ ...good, daysPerWeek: 9 })).toBeNull();
    expect(parseSetupDraft({ ...good, trainingDays: [7] })).toBeNull();
    expect(parseSetupDraft({ ...good, equipment: ['rocket'] })).toBeNull();
    expect(parseSetupDraft({ ...good, start: { row: 3, hinge: 'y' } })?.start).toEqual({
      hinge: 'y',
    });
    expect(parseSetupDraft('{}')).toBeNull();
  });
});
