import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { planChangeRepository, planRepository } from '../../../data/repositories';
import { renderPlan, resetPlan, seedPlan, today } from '../plan-test-kit';
import { setupDraft } from './setup-draft';
import { ownedText, parseOwnedText } from './setup-owned';

beforeEach(resetPlan);

const storedPlans = async () => (await planRepository.all()).records;

describe('the weights owned, as typed (docs/domain.md §5b rule 5)', () => {
  it('reads fixed dumbbells, kettlebells, a barbell and bands in the person’s units', () => {
    const text = {
      ...ownedText(['dumbbells', 'kettlebell', 'barbell', 'bands'], 'lb', undefined),
      dumbbellKind: 'fixed' as const,
      dumbbellWeights: '10, 5 ,15',
      kettlebells: '35, 25',
      bandLevels: '4',
    };
    const { owned, errors } = parseOwnedText(text, ['dumbbells', 'kettlebell', 'barbell', 'bands']);
    expect(errors).toEqual({});
    expect(owned).toEqual({
      units: 'lb',
      dumbbells: { kind: 'fixed', weights: [5, 10, 15] },
      kettlebells: [25, 35],
      barbell: { bar: 45, smallestPlate: 2.5, heaviest: 225 },
      bandLevels: 4,
    });
  });

  it('says plainly what to put right, at the field', () => {
    const text = {
      ...ownedText(['dumbbells', 'barbell'], 'kg', undefined),
      heaviest: '1',
      bar: 'twenty',
    };
    const { errors } = parseOwnedText(text, ['dumbbells', 'barbell']);
    expect(errors['owned.bar']).toBe('The bar: enter a weight in kg above 0, like 2.5');
    const fixed = parseOwnedText({ ...text, bar: '20' }, ['dumbbells', 'barbell']);
    expect(fixed.errors).toEqual({
      'owned.heaviest': 'The heaviest setting must be at least the lightest',
    });
  });

  it('asks only about the kinds ticked', () => {
    const text = { ...ownedText(['kettlebell'], 'kg', undefined), bar: '' };
    expect(parseOwnedText(text, ['kettlebell'])).toEqual({
      owned: { units: 'kg', kettlebells: [8, 12, 16] },
      errors: {},
    });
  });
});

describe('editing the weights owned on the setup screen', () => {
  // Many keystrokes on a shared machine: more time than the default 5 s, no timing asserted.
  it(
    'keeps what was typed with a clear message, then saves loads only from the weights owned',
    {
      timeout: 30_000,
    },
    async () => {
      const user = userEvent.setup();
      const adjustable = { kind: 'adjustable', lightest: 2, increment: 2, heaviest: 24 } as const;
      await seedPlan(today(), { owned: { units: 'kg', dumbbells: adjustable } });
      renderPlan('/plan/setup');
      const owned = await screen.findByRole('group', { name: 'The weights you own' });
      await user.click(within(owned).getByLabelText('Pairs of fixed weights'));
      const weights = within(owned).getByLabelText(/Dumbbell weights \(kg/);
      await user.type(weights, '3, 5, x');
      await user.click(screen.getByRole('button', { name: 'Save plan' }));
      expect(
        await screen.findByText(/Dumbbell weights: enter each weight in kg, separated by commas/),
      ).toBeInTheDocument();
      expect(weights).toHaveValue('3, 5, x');
      expect(weights).toHaveAttribute('aria-invalid', 'true');
      // Nothing half-written: the plan and its history are as they were.
      expect((await storedPlans())[0]?.owned?.dumbbells).toEqual(adjustable);
      expect((await planChangeRepository.all()).records).toEqual([]);

      await user.clear(weights);
      await user.type(weights, '3, 5, 7');
      // The 4 kg row moves down to 3 kg, the heaviest owned below it, before Save.
      expect(screen.getByRole('region', { name: 'Your plan after this change' })).toHaveTextContent(
        'Supported one-arm row: 2 × 10 at 3 kg',
      );
      await user.click(screen.getByRole('button', { name: 'Save plan' }));
      await screen.findByRole('heading', { name: 'History of plan changes' });
      const [plan] = await storedPlans();
      expect(plan?.owned?.dumbbells).toEqual({ kind: 'fixed', weights: [3, 5, 7] });
      expect(plan?.exercises.find((e) => e.exerciseId === 'one-arm-row')?.loadKg).toBe(3);
      const [change] = (await planChangeRepository.all()).records;
      expect(change?.headline).toContain('the weights you own updated');
    },
  );

  it('keeps the typed weights of a new plan in its draft', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('Kettlebell'));
    const bells = screen.getByLabelText('Kettlebells (kg)');
    await user.clear(bells);
    await user.type(bells, '6, 10,');
    expect(setupDraft.read()?.owned?.kettlebells).toBe('6, 10,');
  });
});
