import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { planChangeRepository, planRepository } from '../../../data/repositories';
import { exercises, reloadTab, renderPlan, resetPlan, seedPlan } from '../plan-test-kit';
import { parseSetupDraft, setupDraft } from './setup-draft';

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
    reloadTab();

    renderPlan('/plan/setup');
    expect(await screen.findByText(/Your answers from last time are kept/)).toBeVisible();
    expect(tile('Equipment you have', 'Resistance bands')).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Bird dog' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(tile('Equipment you have', 'Resistance bands')).not.toBeChecked();
    expect(screen.queryByText(/Your answers from last time are kept/)).not.toBeInTheDocument();
    expect(sessionStorage.getItem(setupDraft.key) ?? '').not.toContain('bands');
  });

  it('drops the draft once the plan is saved', async () => {
    const user = userEvent.setup();
    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('No equipment'));
    expect(setupDraft.read()?.equipment).toEqual(['none']);
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByRole('heading', { name: 'Step 2: your baseline week' });
    expect(setupDraft.read()).toBeNull();
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
    await screen.findByText('Plan changed: see the history of plan changes');
    expect((await storedPlans())[0]?.exercises[3]).toEqual(flye);
  });
});

describe('changing the plan', () => {
  const history = () => screen.findByRole('region', { name: 'History of plan changes' });
  const storedChanges = async () => (await planChangeRepository.all()).records;

  it('warns before saving more days a week, keeps the weekly work, and records the change', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('3', { selector: '#setup-days-3' }));
    const warning = screen.getByRole('region', { name: 'More work a week than the plan allows' });
    expect(warning).toHaveTextContent(
      'Each week would be 50 % more work than now for prone press-up, supported one-arm row and glute bridge.',
    );
    expect(within(warning).getByLabelText('Keep the weekly work about the same')).toBeChecked();
    const after = screen.getByRole('region', { name: 'Your plan after this change' });
    expect(after).toHaveTextContent('Supported one-arm row: 1 × 14 at 4 kg');
    expect(screen.getByText(/This change is more than 10 % more work a week/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    expect(await screen.findByText('Plan changed: see the history of plan changes')).toBeVisible();
    const [plan] = await storedPlans();
    expect(plan).toMatchObject({ daysPerWeek: 3, trainingDays: [1, 3, 5] });
    expect(plan?.findingBaseline).toBeUndefined();
    expect(plan?.exercises[1]).toMatchObject({ sets: 1, targetReps: [14], loadKg: 4 });
    expect(await history()).toHaveTextContent(
      'You changed your plan: 3 training days a week instead of 2 (Monday, Wednesday and Friday); fewer sets or reps a session, so each week is no more than 10 % more work (our rule).',
    );
    await user.click(within(await history()).getByText('What changed'));
    expect(await history()).toHaveTextContent(
      'Supported one-arm row: You changed it (2 × 10 at 4 kg → 1 × 14 at 4 kg)',
    );
    expect(await storedChanges()).toMatchObject([{ kind: 'setup-change', sessionsPlanned: 3 }]);
  });

  it('can start the new schedule as a baseline week instead, sessions as they were', async () => {
    const user = userEvent.setup();
    const seeded = await seedPlan();
    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('3', { selector: '#setup-days-3' }));
    await user.click(screen.getByLabelText('Start with a baseline week'));
    expect(screen.getByRole('region', { name: 'Your plan after this change' })).toHaveTextContent(
      'Supported one-arm row: 2 × 10 at 4 kg',
    );
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(
      await screen.findByText('Plan changed: a baseline week on the new schedule'),
    ).toBeVisible();
    const [plan] = await storedPlans();
    expect(plan).toMatchObject({ daysPerWeek: 3, findingBaseline: true });
    expect(plan?.exercises).toEqual(seeded.exercises);
    expect(await history()).toHaveTextContent(/a baseline week starts, to set each exercise/);
  });

  it('offers only the baseline week when the same work would be too little a session', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('4', { selector: '#setup-days-4' }));
    const warning = screen.getByRole('region', { name: 'More work a week than the plan allows' });
    expect(warning).toHaveTextContent(
      'Keeping the weekly work the same would leave under 10 reps (or seconds) a session for prone press-up and glute bridge',
    );
    expect(within(warning).queryByLabelText('Keep the weekly work about the same')).toBeNull();
    expect(within(warning).getByLabelText('Start with a baseline week')).toBeChecked();
  });

  it('records fewer days a week without a warning, and writes nothing when nothing changed', async () => {
    const user = userEvent.setup();
    await seedPlan(undefined, { daysPerWeek: 3, trainingDays: [1, 3, 5] });
    const first = renderPlan('/plan/setup');
    await user.click(await screen.findByRole('button', { name: 'Save plan' }));
    expect(await screen.findByText('Nothing to change: your plan stays as it was')).toBeVisible();
    expect(await storedChanges()).toEqual([]);
    first.unmount();

    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('2', { selector: '#setup-days-2' }));
    expect(
      screen.queryByRole('region', { name: 'More work a week than the plan allows' }),
    ).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByText('Plan changed: see the history of plan changes')).toBeVisible();
    expect(await history()).toHaveTextContent(
      'You changed your plan: 2 training days a week instead of 3 (Monday and Thursday).',
    );
  });

  it('restarts only the exercise on a new rung: the others keep their prescription and step', async () => {
    const user = userEvent.setup();
    const row = { ...exercises(['one-arm-row'])[0]!, targetReps: [15, 15], loadKg: 6 };
    await seedPlan(undefined, {
      phase: 3,
      exercises: [...exercises(['prone-press-up']), row, ...exercises(['glute-bridge'])],
    });
    renderPlan('/plan/setup');
    await user.click(await screen.findByRole('radio', { name: 'Bird dog' }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(
      await screen.findByRole('heading', { name: 'Step 3: gradual progression' }),
    ).toBeVisible();
    const [plan] = await storedPlans();
    expect(plan?.findingBaseline).toBeUndefined();
    // Only the new rung gets a baseline week of its own: the next review sets it from what
    // stayed tolerable, while the others carry on.
    expect(plan?.exercises).toEqual([
      { ...exercises(['bird-dog'])[0], findingBaseline: true },
      row,
      exercises(['glute-bridge'])[0],
    ]);
    expect(await history()).toHaveTextContent(
      'You changed your plan: bird dog instead of prone press-up; a baseline week of its own for bird dog, while the rest carry on.',
    );
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
