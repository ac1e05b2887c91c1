import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FormPanel } from './form-panel';

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <h1>Medicines</h1>
      <FormPanel
        open={open}
        onOpen={() => {
          setOpen(true);
        }}
        headingId="add-heading"
        heading="Add a medicine"
        openLabel="Add one"
      >
        <button
          type="button"
          onClick={() => {
            setOpen(false);
          }}
        >
          Close
        </button>
      </FormPanel>
    </main>
  );
}

describe('a form that opens in place', () => {
  it('opens in a card named by its heading, and gives focus back to its button on close', async () => {
    const user = userEvent.setup();
    render(<Page />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add one' }));

    const panel = screen.getByRole('region', { name: 'Add a medicine' });
    expect(panel).toHaveClass('card');
    expect(screen.getByRole('heading', { name: 'Add a medicine', level: 2 })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Add one' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add one' })).toHaveFocus();
  });
});
