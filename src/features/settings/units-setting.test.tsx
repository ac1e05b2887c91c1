import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildPlan, withoutMeta } from '../../../tests/support/domain/test-builders';
import { planRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { SettingsPage } from './settings-page';

beforeEach(resetDatabase);

const renderSettings = () =>
  render(
    <MemoryRouter>
      <SettingsPage />
    </MemoryRouter>,
  );
const unitsGroup = async () => screen.findByRole('group', { name: 'Units for loads' });

describe('the units setting (one, in Settings)', () => {
  it('starts in kilograms and remembers pounds once chosen', async () => {
    const user = userEvent.setup();
    const { unmount } = renderSettings();
    const group = await unitsGroup();
    expect(within(group).getByLabelText('Kilograms (kg)')).toBeChecked();
    await user.click(within(group).getByLabelText('Pounds (lb)'));
    await waitFor(() => {
      expect(within(group).getByLabelText('Pounds (lb)')).toBeChecked();
    });
    unmount();
    renderSettings();
    expect(within(await unitsGroup()).getByLabelText('Pounds (lb)')).toBeChecked();
  });

  it('says it covers new entries, and links to switch a plan whose weights are in other units', async () => {
    const user = userEvent.setup();
    // The test builder's plan has a 4 kg row: its weights are counted in kilograms.
    await planRepository.add(withoutMeta(buildPlan()));
    renderSettings();
    const group = await unitsGroup();
    expect(group).toHaveTextContent('For weights you enter from now on');
    expect(within(group).queryByRole('link')).toBeNull();

    await user.click(within(group).getByLabelText('Pounds (lb)'));
    const link = await within(group).findByRole('link', {
      name: 'Switch my plan’s weights to pounds',
    });
    expect(link).toHaveAttribute('href', '/plan/setup');
    expect(group).toHaveTextContent('Your plan’s weights are in kilograms.');

    await user.click(within(group).getByLabelText('Kilograms (kg)'));
    await waitFor(() => {
      expect(within(group).queryByRole('link')).toBeNull();
    });
  });

  it('is the only units setting: More no longer has one', async () => {
    const { MorePage } = await import('../more/more-page');
    render(
      <MemoryRouter>
        <MorePage />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('group', { name: 'Units for loads' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Settings, units and reminders' })).toBeVisible();
  });
});
