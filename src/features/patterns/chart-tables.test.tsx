import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MonthlyTable } from './chart-tables';

describe('MonthlyTable', () => {
  it('gives every month a row with its count, 0 for a month without spasms', () => {
    render(
      <MonthlyTable
        months={[
          { month: '2025-12', count: 2 },
          { month: '2026-01', count: 0 },
          { month: '2026-02', count: 5 },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: /^Spasms per month/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    // Each month names its year, so months of different years never look alike.
    expect(rows[0]).toHaveTextContent(/2025.*2$/);
    expect(rows[1]).toHaveTextContent(/2026.*0$/);
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent('2026');
    expect(within(rows[2]!).getByRole('cell')).toHaveTextContent('5');
  });
});
