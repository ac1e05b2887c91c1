import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../data/test-reset';
import { WelcomePage } from './welcome-page';

beforeEach(resetDatabase);

describe('the introduction by keyboard', () => {
  it('moves focus to each new step heading, forward and back, so Tab goes on from its top', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/welcome']}>
        <Routes>
          <Route path="/welcome" element={<WelcomePage />} />
        </Routes>
      </MemoryRouter>,
    );
    const headings = [
      'Where you are heading',
      'The path there',
      'Safety first',
      'What do you think sets your back off?',
      'What is hard for you now?',
      'Your exercise plan',
    ];
    await screen.findByRole('heading', { name: headings[0] });
    for (const heading of headings.slice(1)) {
      screen.getByRole('button', { name: 'Next' }).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('heading', { name: heading })).toHaveFocus();
    }
    for (const heading of headings.slice(0, -1).reverse()) {
      screen.getByRole('button', { name: 'Back' }).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('heading', { name: heading })).toHaveFocus();
    }
  });
});
