import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { activityRepository } from '../../data/repositories';
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

describe('logging a spasm', () => {
  it('saves with a severity and one tap on Save, using the defaults for the rest', async () => {
    const user = userEvent.setup();
    renderLogSpasm();
    expect(screen.getByRole('heading', { level: 1, name: 'Log a spasm' })).toBeInTheDocument();
    await user.click(await severity('6'));
    await user.click(save());

    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect(screen.getByText('Spasm logged')).toBeInTheDocument();
    const [episode, ...others] = await stored();
    expect(others).toEqual([]);
    expect(episode).toMatchObject({
      severity: 6,
      region: 'lower-back',
      movement: 'not-sure',
      easedBy: [],
    });
    expect(episode?.endedAt).toBeUndefined();
    // "Just now" is recorded to the minute, the precision of the form's other times.
    const started = Date.parse(episode!.startedAt);
    expect(started).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - started).toBeLessThan(70_000);
    expect(started % 60_000).toBe(0);
    expect(newEpisodeDraft.read()).toBeNull();
  });

  it('offers eleven severity tiles named 0 to 10, with the words for each band', async () => {
    renderLogSpasm();
    const group = await screen.findByRole('radiogroup', {
      name: 'How bad is it? (0 = no pain, 10 = worst imaginable)',
    });
    const names = within(group)
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('value'));
    expect(names).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    for (const name of names) expect(within(group).getByLabelText(name!)).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription('Mild: 1–3 Moderate: 4–6 Severe: 7–10');
  });

  it('asks for a severity, focusing the scale, when Save comes first', async () => {
    const user = userEvent.setup();
    renderLogSpasm();
    await severity('0');
    await user.click(save());
    const group = screen.getByRole('radiogroup', { name: /How bad is it/ });
    expect(await within(group).findByText('Choose how bad it is, from 0 to 10')).toBeVisible();
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('radio', { name: '0' })).toHaveFocus();
    expect(await stored()).toEqual([]);
  });

  it('undoes a logged spasm from the confirmation', async () => {
    const user = userEvent.setup();
    renderLogSpasm();
    await user.click(await severity('4'));
    await user.click(save());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Spasm removed')).toBeInTheDocument();
    const [episode] = await stored();
    expect(episode?.deletedAt).toBeDefined();
  });

  it('offers the safety check after a severe spasm, keeping Undo at hand', async () => {
    const user = userEvent.setup();
    renderLogSpasm();
    await user.click(await severity('9'));
    await user.click(save());
    const panel = await screen.findByRole('status', { name: 'Spasm logged' });
    expect(panel).toHaveTextContent(
      'A spasm this bad, or one nothing eases, is worth a quick safety check.',
    );
    expect(within(panel).getByRole('link', { name: 'Take the safety check' })).toHaveAttribute(
      'href',
      '/safety-check',
    );
    expect(within(panel).getByRole('link', { name: 'When to seek care' })).toHaveAttribute(
      'href',
      '/seek-care',
    );
    expect(within(panel).getByRole('link', { name: 'Done' })).toHaveAttribute('href', '/');
    expect(await stored()).toHaveLength(1);
    await user.click(within(panel).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect((await stored())[0]?.deletedAt).toBeDefined();
  });

  it('offers the safety check when nothing eased it, at any severity', async () => {
    const user = userEvent.setup();
    renderLogSpasm();
    await user.click(await severity('3'));
    await openMoreDetails(user);
    await user.click(screen.getByRole('checkbox', { name: 'Heat' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nothing eased it' }));
    expect(screen.getByRole('checkbox', { name: 'Heat' })).not.toBeChecked();
    await user.click(save());
    expect(await screen.findByRole('status', { name: 'Spasm logged' })).toBeInTheDocument();
    expect((await stored())[0]?.easedBy).toEqual(['nothing']);
  });

  it('keeps what was typed when the form is closed and opened again', async () => {
    const user = userEvent.setup();
    const first = renderLogSpasm();
    await user.click(await severity('7'));
    await openMoreDetails(user);
    await user.type(screen.getByLabelText('Notes'), 'Bent to tie a shoe');
    first.unmount();
    expect(sessionStorage.getItem(newEpisodeDraft.key)).toContain('Bent to tie a shoe');

    renderLogSpasm();
    expect(await screen.findByText('We kept what you started.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();
    expect(screen.getByLabelText('Notes')).toHaveValue('Bent to tie a shoe');

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('radio', { name: '7' })).not.toBeChecked();
    expect(screen.getByLabelText('Notes')).toHaveValue('');
    expect(screen.queryByText('We kept what you started.')).not.toBeInTheDocument();
  });

  it('remembers an activity of their own and lists it first once used', async () => {
    const user = userEvent.setup();
    const first = renderLogSpasm();
    await user.click(await severity('5'));
    await user.type(screen.getByLabelText('Add your own'), 'Walking the dog');
    await user.click(save());
    await screen.findByRole('heading', { name: 'Today' });
    const [activity] = (await activityRepository.all()).records;
    expect(activity?.name).toBe('Walking the dog');
    expect((await stored())[0]?.activityId).toBe(activity?.id);
    first.unmount();

    renderLogSpasm();
    const group = await screen.findByRole('group', { name: 'What were you doing? (optional)' });
    await waitFor(() => {
      expect(within(group).getAllByRole('button')[0]).toHaveTextContent('Walking the dog');
    });
  });

  it('records the chosen activity, movement, region and load in the units of the settings', async () => {
    const user = userEvent.setup();
    renderLogSpasm();
    await user.click(await severity('2'));
    await user.click(screen.getByRole('button', { name: 'Gardening' }));
    await user.click(screen.getByRole('radio', { name: 'Twisting' }));
    await openMoreDetails(user);
    await user.click(screen.getByRole('radio', { name: 'Neck' }));
    await user.type(screen.getByLabelText('Load you were carrying (kg)'), '12.5');
    await user.click(save());
    await screen.findByRole('heading', { name: 'Today' });
    expect((await stored())[0]).toMatchObject({
      activityId: 'cat-gardening',
      movement: 'twisting',
      region: 'neck',
      loadKg: 12.5,
    });
  });

  it('keeps Save in a sticky bar that steps back into the page while a keyboard is open', async () => {
    // The on-screen keyboard, as the VisualViewport API reports it: the visible part shrinks.
    const viewport = Object.assign(new EventTarget(), { height: window.innerHeight, scale: 1 });
    vi.stubGlobal('visualViewport', viewport);
    const keyboard = (open: boolean) => {
      act(() => {
        viewport.height = window.innerHeight - (open ? 300 : 0);
        viewport.dispatchEvent(new Event('resize'));
      });
    };
    try {
      const user = userEvent.setup();
      renderLogSpasm();
      await user.click(await severity('4'));
      const bar = save().parentElement;
      expect(bar).toHaveClass('save-bar');
      expect(bar).not.toHaveClass('save-bar-static');
      keyboard(true);
      expect(bar).toHaveClass('save-bar-static');
      keyboard(false);
      expect(bar).not.toHaveClass('save-bar-static');
      // The same Save throughout: nothing re-mounted under a thumb.
      expect(save().parentElement).toBe(bar);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
