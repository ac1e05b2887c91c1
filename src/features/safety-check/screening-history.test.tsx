import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { screeningRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { ScreeningHistory } from './screening-history';

beforeEach(async () => {
  await resetDatabase();
});

describe('past safety checks', () => {
  // Issue 20: "Sat, Dec 6" and "Fri, Dec 6" were checks of different years shown alike.
  it('shows the year on every check when the list spans two years', async () => {
    const thisYear = new Date().getFullYear();
    const taken = [`${String(thisYear)}-01-02T09:00:00`, `${String(thisYear - 1)}-12-06T09:00:00`];
    for (const local of taken) {
      const at = new Date(local).toISOString();
      await screeningRepository.add(
        { takenAt: at, answers: { 'night-pain': false }, outcome: 'nothing-urgent' },
        { now: at, today: local.slice(0, 10) },
      );
    }
    render(<ScreeningHistory />);
    const titles = await screen.findAllByRole('heading', { level: 3 });
    expect(titles).toHaveLength(2);
    expect(titles[0]).toHaveTextContent(String(thisYear));
    expect(titles[1]).toHaveTextContent(String(thisYear - 1));
  });
});
