import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from './update-prompt';
import { useUpdateState } from './update-state';

beforeEach(() => {
  useUpdateState.setState({ updateReady: false, dismissed: false });
});

describe('the update prompt', () => {
  it('stays hidden until a new version is waiting', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByText('A new version is ready.')).not.toBeInTheDocument();
  });

  it('reloads only when the person asks', async () => {
    const applyUpdate = vi.fn(() => Promise.resolve());
    useUpdateState.setState({ updateReady: true, applyUpdate });
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('A new version is ready.');
    expect(applyUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(applyUpdate).toHaveBeenCalledOnce();
  });

  it('can be put off with Later', async () => {
    const applyUpdate = vi.fn(() => Promise.resolve());
    useUpdateState.setState({ updateReady: true, applyUpdate });
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('A new version is ready.')).not.toBeInTheDocument();
    expect(applyUpdate).not.toHaveBeenCalled();
  });
});
