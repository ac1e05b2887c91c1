import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FinishEpisodeControl } from './finish-episode-form';
import { clearTabDrafts, forgetTabDraftsInMemory } from './form-kit/tab-draft';

/** A log row as the history shows it: its heading, and "It eased…" while the spasm goes on. */
function Row({ onSave }: { onSave: (local: string) => Promise<string | null> }) {
  const [going, setGoing] = useState(true);
  return (
    <li>
      <h3>Today 09:30: severity 5</h3>
      <FinishEpisodeControl
        offer={going}
        defaultValue={() => '2024-05-02T10:00'}
        onSave={async (local) => {
          const message = await onSave(local);
          // The live query brings the finished spasm a moment after the save resolves.
          if (message === null)
            setTimeout(() => {
              setGoing(false);
            }, 10);
          return message;
        }}
      >
        <button type="button">Delete</button>
      </FinishEpisodeControl>
    </li>
  );
}

describe('"It eased…" in place, by keyboard', () => {
  it('moves focus to the end time on open and back to "It eased…" on Cancel', async () => {
    const user = userEvent.setup();
    render(<Row onSave={vi.fn(() => Promise.resolve(null))} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'It eased…' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('It eased at')).toHaveFocus();

    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByLabelText('It eased at')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'It eased…' })).toHaveFocus();
  });

  it('keeps focus on the field when the time is refused', async () => {
    const user = userEvent.setup();
    render(<Row onSave={vi.fn(() => Promise.resolve("End time can't be in the future"))} />);
    await user.click(screen.getByRole('button', { name: 'It eased…' }));
    await user.keyboard('{Enter}');
    expect(await screen.findByText("End time can't be in the future")).toBeInTheDocument();
    expect(screen.getByLabelText('It eased at')).toHaveFocus();
  });

  it('once saved, sends focus to the row heading when "It eased…" goes with the finished spasm', async () => {
    const user = userEvent.setup();
    render(<Row onSave={vi.fn(() => Promise.resolve(null))} />);
    await user.click(screen.getByRole('button', { name: 'It eased…' }));
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(screen.queryByRole('button', { name: 'It eased…' })).not.toBeInTheDocument();
    });
    expect(screen.getByRole('heading', { name: 'Today 09:30: severity 5' })).toHaveFocus();
  });
});

describe('a half-typed end time', () => {
  const renderControl = () =>
    render(
      <FinishEpisodeControl
        offer
        defaultValue={() => '2024-05-02T10:00'}
        onSave={() => Promise.resolve(null)}
        draftId="spasm-draft-1"
      />,
    );

  beforeEach(() => {
    sessionStorage.clear();
    forgetTabDraftsInMemory();
  });

  it('reopens as it was after a reload of the tab, and erasing all drafts empties it', async () => {
    const user = userEvent.setup();
    const first = renderControl();
    await user.click(screen.getByRole('button', { name: 'It eased…' }));
    const input = screen.getByLabelText('It eased at');
    await user.clear(input);
    await user.type(input, '2024-05-02T09:45');
    first.unmount();
    forgetTabDraftsInMemory();

    renderControl();
    expect(screen.getByLabelText('It eased at')).toHaveValue('2024-05-02T09:45');

    act(() => {
      clearTabDrafts();
    });
    expect(screen.getByLabelText('It eased at')).toHaveValue('2024-05-02T10:00');
    expect(sessionStorage.length).toBe(0);
  });

  it('is dropped by Cancel', async () => {
    const user = userEvent.setup();
    const first = renderControl();
    await user.click(screen.getByRole('button', { name: 'It eased…' }));
    await user.type(screen.getByLabelText('It eased at'), '{backspace}5');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    first.unmount();
    forgetTabDraftsInMemory();

    renderControl();
    expect(screen.queryByLabelText('It eased at')).not.toBeInTheDocument();
  });
});
