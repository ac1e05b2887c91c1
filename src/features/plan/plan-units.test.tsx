import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { planChangeRepository, planRepository } from '../../data/repositories';
import { saveSettings } from '../../data/settings/settings-queries';
import { fromUnits } from '../../domain/exercises';
import { renderPlan, resetPlan, seedPlan } from './plan-test-kit';

beforeEach(resetPlan);

const storedPlan = async () => (await planRepository.all()).records[0];

describe('a plan in kg for a person who counts in pounds', () => {
  it('shows its weights as they are, says so, and switches them down at the next save', async () => {
    const user = userEvent.setup();
    await seedPlan();
    await saveSettings({ units: 'lb' });
    renderPlan('/plan');
    const notice = await screen.findByRole('region', { name: 'Your weights are in kilograms' });
    // The 4 kg dumbbell reads as what it is, never as a converted 9 lb no one owns.
    const ladders = screen.getByRole('region', { name: 'Toward your destination exercises' });
    expect(ladders).toHaveTextContent('Now: 2 × 10 at 4 kg');
    await user.click(within(notice).getByRole('link', { name: 'Switch my weights to pounds' }));

    const switching = await screen.findByRole('region', { name: 'Your weights switch to pounds' });
    expect(switching).toHaveTextContent('Supported one-arm row: 7.5 lb instead of 4 kg');
    expect(screen.getByRole('region', { name: 'Your plan after this change' })).toHaveTextContent(
      'Supported one-arm row: 2 × 10 at 7.5 lb',
    );
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    expect(await screen.findByText('Plan changed: see the history of plan changes')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Your weights are in kilograms' })).toBeNull();
    const row = (await storedPlan())?.exercises.find((e) => e.exerciseId === 'one-arm-row');
    expect(row).toMatchObject({ loadKg: fromUnits(7.5, 'lb'), loadUnits: 'lb' });
    const [change] = (await planChangeRepository.all()).records;
    expect(change?.headline).toBe(
      'You changed your plan: weights in pounds now, each down to the nearest pound weight (never up); a baseline week of its own for supported one-arm row, while the rest carry on.',
    );
    expect(change?.exercises.map((e) => e.sentence)).toEqual([
      'In pounds now: 2 × 10 at 7.5 lb instead of 2 × 10 at 4 kg. 7.5 lb is the nearest pound weight at or below 4 kg (we never round a weight up), 15 % lighter for now.',
    ]);
  });
});
