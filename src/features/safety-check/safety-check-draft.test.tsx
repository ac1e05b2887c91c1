import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { redFlagQuestions } from '../../domain/safety';
import { eraseAllData } from '../../data/erase';
import { resetDatabase } from '../../data/test-reset';
import { forgetTabDraftsInMemory } from '../../ui/form-kit/tab-draft';
import { SafetyCheckPage } from './safety-check-page';

const [firstQuestion, secondQuestion] = redFlagQuestions;
const group = (text: string) => screen.getByRole('radiogroup', { name: text });
const renderCheck = () =>
  render(
    <MemoryRouter>
      <SafetyCheckPage />
    </MemoryRouter>,
  );

beforeEach(async () => {
  await resetDatabase();
  sessionStorage.clear();
  forgetTabDraftsInMemory();
  window.scrollTo = vi.fn();
});

describe('an unfinished safety check', () => {
  it('comes back after a reload of the tab, and erase all empties it', async () => {
    const user = userEvent.setup();
    const first = renderCheck();
    await user.click(within(group(firstQuestion!.text)).getByLabelText('No'));
    first.unmount();
    forgetTabDraftsInMemory();

    renderCheck();
    expect(within(group(firstQuestion!.text)).getByLabelText('No')).toBeChecked();
    expect(screen.getByText('We kept what you started.')).toBeInTheDocument();

    await eraseAllData();
    await vi.waitFor(() => {
      expect(within(group(firstQuestion!.text)).getByLabelText('No')).not.toBeChecked();
    });
    expect(sessionStorage.length).toBe(0);
  });

  it('takes the person to the first question left, which stops being marked once answered', async () => {
    const user = userEvent.setup();
    renderCheck();
    await user.click(within(group(firstQuestion!.text)).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    const second = group(secondQuestion!.text);
    await vi.waitFor(() => {
      expect(within(second).getByLabelText('Yes')).toHaveFocus();
    });
    expect(second).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(second).getByLabelText('No'));
    expect(second).not.toHaveAttribute('aria-invalid');
  });
});
