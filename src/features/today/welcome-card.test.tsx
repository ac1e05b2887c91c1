import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { dexieReads } from '../../data/dexie-reads';
import { resetDatabase } from '../../data/test-reset';
import { readSettings } from '../../data/settings/settings-reads';
import { TodaySummary } from './today-summary';

beforeEach(resetDatabase);

describe('the first-use card on Today', () => {
  it('is offered until skipped; "Not now" is saved and the card goes', async () => {
    render(
      <MemoryRouter>
        <TodaySummary />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { name: 'New to Steadyback?' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('href', '/welcome');
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'New to Steadyback?' })).not.toBeInTheDocument();
    });
    expect((await readSettings(dexieReads, new Date().toISOString())).onboarding).toBe('skipped');
  });
});
