import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBelief } from '../../../tests/support/domain/test-builders';
import { eraseAllData } from '../../data/erase';
import { resetDatabase } from '../../data/test-reset';
import { forgetTabDraftsInMemory } from '../../ui/form-kit/tab-draft';
import { ReRateForm } from './rerate-form';

const entry = buildBelief({ id: 'belief-rerate-1' });
const box = () => screen.getByLabelText('How strongly do you believe it now? (0 to 100)');

beforeEach(async () => {
  await resetDatabase();
  sessionStorage.clear();
  forgetTabDraftsInMemory();
});

describe('the re-rating form', () => {
  it('keeps a half-typed re-rating across a reload of the tab, and erase all empties it', async () => {
    const user = userEvent.setup();
    const first = render(<ReRateForm entry={entry} />);
    await user.type(box(), '35');
    first.unmount();
    forgetTabDraftsInMemory();

    render(<ReRateForm entry={entry} />);
    expect(box()).toHaveValue(35);
    expect(screen.getByText('We kept what you started.')).toBeInTheDocument();

    await eraseAllData();
    // The form empties as the erase reaches it, a render later: wait for that, not for the field.
    await waitFor(() => {
      expect(box()).toHaveValue(null);
    });
    expect(sessionStorage.length).toBe(0);
  });

  it('focuses the refused strength', async () => {
    const user = userEvent.setup();
    render(<ReRateForm entry={entry} />);
    await user.click(screen.getByRole('button', { name: 'Save re-rating' }));
    await waitFor(() => {
      expect(box()).toHaveAttribute('aria-invalid', 'true');
    });
    expect(box()).toHaveFocus();
  });
});
