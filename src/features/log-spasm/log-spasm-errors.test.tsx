import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { episodeRepository } from '../../data/repositories';
import { newEpisodeDraft } from './draft-store';
import {
  openMoreDetails,
  renderLogSpasm,
  resetLogSpasm,
  save,
  severity,
  stored,
} from './log-spasm-test-kit';

beforeEach(resetLogSpasm);

describe('refusing a spasm that does not add up', () => {
  async function fillAndSave(fill: (user: ReturnType<typeof userEvent.setup>) => Promise<void>) {
    const user = userEvent.setup();
    renderLogSpasm();
    await user.click(await severity('6'));
    await openMoreDetails(user);
    await fill(user);
    await user.click(save());
  }

  async function expectRefusedAt(field: HTMLElement, message: string) {
    await waitFor(() => {
      expect(field).toHaveAccessibleDescription(message);
    });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(await stored()).toEqual([]);
  }

  it('refuses a start time in the future', async () => {
    await fillAndSave(async (user) => {
      await user.click(screen.getByRole('radio', { name: 'Exact time' }));
      fireEvent.change(screen.getByLabelText('Date and time it started'), {
        target: { value: '2099-01-01T10:00' },
      });
    });
    const field = screen.getByLabelText('Date and time it started');
    await expectRefusedAt(field, "Start time can't be in the future");
    expect(field).toHaveValue('2099-01-01T10:00');
  });

  it.each([
    ['-1', "Load can't be negative"],
    ['501', 'Load must be 500 kg or less'],
    ['abc', 'Load must be a number'],
  ])('refuses a load of %s and keeps it as typed', async (load, message) => {
    await fillAndSave(async (user) => {
      await user.type(screen.getByLabelText('Load you were carrying (kg)'), load);
    });
    const field = screen.getByLabelText('Load you were carrying (kg)');
    await expectRefusedAt(field, message);
    expect(field).toHaveValue(load);
  });

  it('refuses an end before the start', async () => {
    await fillAndSave(async (user) => {
      await user.click(screen.getByRole('radio', { name: 'Exact time' }));
      fireEvent.change(screen.getByLabelText('Date and time it started'), {
        target: { value: '2026-01-10T10:00' },
      });
      await user.click(screen.getByRole('checkbox', { name: "It's still going" }));
      fireEvent.change(screen.getByLabelText('It eased at'), {
        target: { value: '2026-01-10T09:00' },
      });
    });
    const field = screen.getByLabelText('It eased at');
    await expectRefusedAt(field, "End time can't be before the start time");
    expect(field).toHaveValue('2026-01-10T09:00');
  });

  it('refuses notes over 1,000 characters and keeps them', async () => {
    const notes = 'a'.repeat(1001);
    await fillAndSave(async (user) => {
      await user.click(screen.getByLabelText('Notes'));
      await user.paste(notes);
    });
    const field = screen.getByLabelText('Notes');
    await expectRefusedAt(field, 'Notes can be at most 1,000 characters');
    expect(field).toHaveValue(notes);
  });

  it('shows a storage failure at the top and keeps the form as it was', async () => {
    const message = "Your phone's storage is full, so this wasn't saved.";
    vi.spyOn(episodeRepository, 'add').mockResolvedValueOnce({
      ok: false,
      errors: { _form: message },
    });
    const user = userEvent.setup();
    renderLogSpasm();
    await user.click(await screen.findByRole('radio', { name: '5' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('radio', { name: '5' })).toBeChecked();
    expect(newEpisodeDraft.read()?.severity).toBe(5);
  });
});
