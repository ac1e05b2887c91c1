import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { dexieReads } from '../../data/dexie-reads';
import { readSettings } from '../../data/settings/settings-reads';
import { resetDatabase } from '../../data/test-reset';
import { WelcomePage } from './welcome-page';

beforeEach(resetDatabase);

function renderWelcome() {
  render(
    <MemoryRouter initialEntries={['/welcome']}>
      <Routes>
        <Route path="/welcome" element={<WelcomePage />} />
        <Route path="/" element={<h1>Today</h1>} />
        <Route path="/plan/setup" element={<h1>Set up your plan</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}
const next = () => userEvent.click(screen.getByRole('button', { name: 'Next' }));
const settingsNow = () => readSettings(dexieReads, new Date().toISOString());

describe('first use', () => {
  it('shows the destination first, then the path, the safety check, triggers, hard activities and the plan', async () => {
    renderWelcome();
    expect(
      await screen.findByRole('heading', { name: 'Where you are heading' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Bent-over rows')).toBeInTheDocument();
    await next();
    expect(screen.getByRole('heading', { name: 'The path there' })).toBeInTheDocument();
    await next();
    expect(screen.getByRole('link', { name: 'Take the safety check' })).toHaveAttribute(
      'href',
      '/safety-check',
    );
    await next();
    await userEvent.click(screen.getByLabelText('Moving furniture'));
    await next();
    await userEvent.type(screen.getByLabelText('Hard activity 1'), 'Lifting a case of water');
    await userEvent.type(screen.getByLabelText('Hard activity 2'), 'Bending over the crib');
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Set up my plan' }));

    expect(await screen.findByRole('heading', { name: 'Set up your plan' })).toBeInTheDocument();
    expect(await settingsNow()).toMatchObject({
      onboarding: 'done',
      suspectedTriggers: ['cat-moving-furniture'],
      hardActivities: ['Lifting a case of water', 'Bending over the crib'],
    });
  });

  it('can be skipped at any step, and remembers that', async () => {
    renderWelcome();
    await screen.findByRole('heading', { name: 'Where you are heading' });
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Skip the introduction' }));
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect((await settingsNow()).onboarding).toBe('skipped');
  });

  it('keeps the answers and says why when a hard activity is too long', async () => {
    renderWelcome();
    await screen.findByRole('heading', { name: 'Where you are heading' });
    for (let i = 0; i < 4; i++) await next();
    const long = 'x'.repeat(81);
    await userEvent.type(screen.getByLabelText('Hard activity 1'), long);
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Later: go to Today' }));
    expect(await screen.findByText(/at most 80 characters/)).toBeInTheDocument();
    expect(screen.getByLabelText('Hard activity 1')).toHaveValue(long);
    expect((await settingsNow()).onboarding).toBe('not-started');
  });
});
