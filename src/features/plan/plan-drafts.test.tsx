import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ERASE_CHANNEL, eraseAllData } from '../../data/erase';
import { adoptOldDraft } from './old-drafts';
import { openOtherTab, reloadTab, renderPlan, resetPlan, seedPlan, today } from './plan-test-kit';
import { OLD_SESSION_DRAFT_KEY, parseSessionDraft, sessionDraft } from './session/session-draft';
import { OLD_SETUP_DRAFT_KEY, parseSetupDraft, setupDraft } from './setup/setup-draft';

beforeEach(resetPlan);

const tile = (group: string, name: string) =>
  within(screen.getByRole('group', { name: group })).getByLabelText(name);
const kept = /Your answers from last time are kept/;
const heading = (name: string) => screen.findByRole('heading', { name });

/** Erase all data as another tab of the app announces it (src/data/erase.ts). */
function eraseInAnotherTab() {
  const other = new BroadcastChannel(ERASE_CHANNEL);
  other.postMessage('erased');
  other.close();
}

describe('the plan setup draft', () => {
  it('belongs to its tab: in sessionStorage, never in localStorage, unseen by another tab', async () => {
    const user = userEvent.setup();
    const first = renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('Resistance bands'));
    expect(sessionStorage.getItem(setupDraft.key)).toContain('bands');
    expect(localStorage.length).toBe(0);
    first.unmount();

    const backToFirstTab = openOtherTab();
    const second = renderPlan('/plan/setup');
    expect(await screen.findByRole('button', { name: 'Save plan' })).toBeVisible();
    expect(screen.queryByText(kept)).not.toBeInTheDocument();
    expect(tile('Equipment you have', 'Resistance bands')).not.toBeChecked();
    // The other tab's own answers do not overwrite the first tab's.
    await user.click(tile('Equipment you have', 'Dumbbells'));
    second.unmount();

    backToFirstTab();
    renderPlan('/plan/setup');
    expect(await screen.findByText(kept)).toBeVisible();
    expect(tile('Equipment you have', 'Resistance bands')).toBeChecked();
    expect(tile('Equipment you have', 'Dumbbells')).not.toBeChecked();
  });

  it('comes back after a reload of the tab, and erase all empties it', async () => {
    const user = userEvent.setup();
    const first = renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('Resistance bands'));
    first.unmount();
    reloadTab();

    renderPlan('/plan/setup');
    expect(await screen.findByText(kept)).toBeVisible();
    expect(tile('Equipment you have', 'Resistance bands')).toBeChecked();

    expect(await eraseAllData()).toBe(true);
    await waitFor(() => {
      expect(tile('Equipment you have', 'Resistance bands')).not.toBeChecked();
    });
    expect(screen.queryByText(kept)).not.toBeInTheDocument();
    expect(sessionStorage.getItem(setupDraft.key)).toBeNull();
  });

  it('is emptied when all data is erased in another tab', async () => {
    const user = userEvent.setup();
    renderPlan('/plan/setup');
    await user.click(await screen.findByLabelText('Resistance bands'));
    eraseInAnotherTab();
    await waitFor(() => {
      expect(tile('Equipment you have', 'Resistance bands')).not.toBeChecked();
    });
    expect(sessionStorage.getItem(setupDraft.key)).toBeNull();
  });
});

describe('the session draft', () => {
  it('belongs to its tab: in sessionStorage, never in localStorage, unseen by another tab', async () => {
    const user = userEvent.setup();
    await seedPlan();
    const first = renderPlan('/plan/session');
    await user.click(await screen.findByRole('button', { name: 'Skip this exercise' }));
    expect(await heading('Supported one-arm row')).toBeVisible();
    expect(sessionStorage.getItem(sessionDraft.key)).toContain('prone-press-up');
    expect(localStorage.length).toBe(0);
    first.unmount();

    const backToFirstTab = openOtherTab();
    const second = renderPlan('/plan/session');
    expect(await heading('Prone press-up')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Skipped today' })).not.toBeInTheDocument();
    second.unmount();

    backToFirstTab();
    reloadTab();
    renderPlan('/plan/session');
    expect(await heading('Supported one-arm row')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Skipped today' })).toHaveTextContent(
      'Prone press-up',
    );
  });

  it('is emptied when all data is erased, in this tab or another', async () => {
    const user = userEvent.setup();
    await seedPlan();
    const first = renderPlan('/plan/session');
    await user.click(await screen.findByRole('button', { name: 'Skip this exercise' }));
    expect(await heading('Supported one-arm row')).toBeVisible();

    // Another tab erases: this tab's open session forgets the skip at once.
    eraseInAnotherTab();
    expect(await heading('Prone press-up')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Skipped today' })).not.toBeInTheDocument();
    expect(sessionStorage.getItem(sessionDraft.key)).toBeNull();

    // This tab erases: the plan and the draft go, and a reload brings neither back.
    await user.click(screen.getByRole('button', { name: 'Skip this exercise' }));
    expect(await heading('Supported one-arm row')).toBeVisible();
    expect(await eraseAllData()).toBe(true);
    expect(await heading('No exercises yet')).toBeVisible();
    expect(sessionDraft.read()).toBeNull();
    first.unmount();
    reloadTab();
    await seedPlan();
    renderPlan('/plan/session');
    expect(await heading('Prone press-up')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Skipped today' })).not.toBeInTheDocument();
  });
});

describe('a draft the previous version left in localStorage', () => {
  const persisted = (draft: unknown) => JSON.stringify({ state: { draft }, version: 1 });

  it('is taken over once by the first tab to open the session, then removed', async () => {
    await seedPlan();
    localStorage.setItem(
      OLD_SESSION_DRAFT_KEY,
      persisted({
        day: today(),
        skipped: ['prone-press-up'],
        answers: null,
        restUntil: null,
        restSeconds: null,
        holdUntil: null,
        lighter: false,
      }),
    );
    adoptOldDraft(OLD_SESSION_DRAFT_KEY, sessionDraft, parseSessionDraft);
    expect(localStorage.getItem(OLD_SESSION_DRAFT_KEY)).toBeNull();
    renderPlan('/plan/session');
    expect(await heading('Supported one-arm row')).toBeVisible();

    openOtherTab();
    adoptOldDraft(OLD_SESSION_DRAFT_KEY, sessionDraft, parseSessionDraft);
    expect(sessionDraft.read()).toBeNull();
  });

  it('never crashes the screen: one that is not JSON or no longer makes sense is dropped', async () => {
    localStorage.setItem(OLD_SETUP_DRAFT_KEY, '{not json');
    adoptOldDraft(OLD_SETUP_DRAFT_KEY, setupDraft, parseSetupDraft);
    localStorage.setItem(OLD_SESSION_DRAFT_KEY, persisted({ day: 'yesterday', skipped: 3 }));
    adoptOldDraft(OLD_SESSION_DRAFT_KEY, sessionDraft, parseSessionDraft);
    expect(localStorage.length).toBe(0);
    expect(setupDraft.read()).toBeNull();
    expect(sessionDraft.read()).toBeNull();

    renderPlan('/plan/setup');
    expect(await screen.findByRole('button', { name: 'Save plan' })).toBeVisible();
    expect(screen.queryByText(kept)).not.toBeInTheDocument();
  });

  it('leaves alone the draft the tab already has', () => {
    setupDraft.write({
      daysPerWeek: 2,
      trainingDays: [1, 4],
      equipment: ['bands'],
      start: {},
      accessories: [],
    });
    localStorage.setItem(
      OLD_SETUP_DRAFT_KEY,
      persisted({ daysPerWeek: 3, trainingDays: [1, 3, 5], equipment: ['none'], start: {} }),
    );
    adoptOldDraft(OLD_SETUP_DRAFT_KEY, setupDraft, parseSetupDraft);
    expect(setupDraft.read()?.equipment).toEqual(['bands']);
    expect(localStorage.getItem(OLD_SETUP_DRAFT_KEY)).toBeNull();
  });
});
