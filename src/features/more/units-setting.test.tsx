import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../data/test-reset';
import { UnitsSetting } from './units-setting';

beforeEach(resetDatabase);

describe('units setting', () => {
  it('starts in kilograms and remembers pounds once chosen', async () => {
    const { unmount } = render(<UnitsSetting />);
    expect(await screen.findByLabelText('Kilograms (kg)')).toBeChecked();
    await userEvent.click(screen.getByLabelText('Pounds (lb)'));
    await waitFor(() => {
      expect(screen.getByLabelText('Pounds (lb)')).toBeChecked();
    });
    unmount();
    render(<UnitsSetting />);
    await waitFor(() => {
      expect(screen.getByLabelText('Pounds (lb)')).toBeChecked();
    });
  });
});
