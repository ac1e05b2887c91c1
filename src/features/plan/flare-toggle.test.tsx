import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderPlan, resetPlan, seedPlan } from './plan-test-kit';

beforeEach(resetPlan);

/** Focuses `control` and presses Enter on it, as a keyboard user would after tabbing there. */
async function press(user: ReturnType<typeof userEvent.setup>, control: HTMLElement) {
  control.focus();
  await user.keyboard('{Enter}');
}

describe('flare mode by keyboard: focus never falls to the page', () => {
  it('goes to "Flaring since" on open and back to the button on Cancel', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan');
    await press(user, await screen.findByRole('button', { name: 'My back is flaring' }));
    expect(screen.getByLabelText('Flaring since')).toHaveFocus();
    await press(user, screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'My back is flaring' })).toHaveFocus();
  });

  it('stays on the button in the same place once flare mode is turned on, then off', async () => {
    const user = userEvent.setup();
    await seedPlan();
    renderPlan('/plan');
    await press(user, await screen.findByRole('button', { name: 'My back is flaring' }));
    await press(user, screen.getByRole('button', { name: 'Turn flare mode on' }));
    const off = await screen.findByRole('button', { name: /turn flare mode off/ });
    expect(off).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'My back is flaring' })).toHaveFocus();
  });
});
