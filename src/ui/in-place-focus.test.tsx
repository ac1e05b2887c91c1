import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusOnChange, useInPlacePanel } from './in-place-focus';

/** A card whose button opens a form in its place; Save can also remove the button for good. */
function Card({ heading = true }: { heading?: boolean }) {
  const [open, setOpen] = useState(false);
  const [offered, setOffered] = useState(true);
  const { panelRef, openerRef } = useInPlacePanel<HTMLDivElement>(open);
  return (
    <section>
      <h2>Flare mode</h2>
      {open ? (
        <div ref={panelRef}>
          {heading ? <h3>Turn it on</h3> : null}
          <label htmlFor="since">Flaring since</label>
          <input id="since" />
          <button
            type="button"
            onClick={() => {
              setOffered(false);
              setOpen(false);
            }}
          >
            Save
          </button>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
            }}
          >
            Cancel
          </button>
        </div>
      ) : offered ? (
        <button
          ref={openerRef}
          type="button"
          onClick={() => {
            setOpen(true);
          }}
        >
          My back is flaring
        </button>
      ) : null}
    </section>
  );
}

function Screen({ children }: { children: React.ReactNode }) {
  return (
    <main>
      <h1 tabIndex={-1}>Exercise plan</h1>
      {children}
      <button type="button">Elsewhere</button>
    </main>
  );
}

describe('useInPlacePanel', () => {
  it('focuses the panel heading on open (reachable from script only) and the opener on close', async () => {
    const user = userEvent.setup();
    render(<Card />);
    await user.click(screen.getByRole('button', { name: 'My back is flaring' }));
    const heading = screen.getByRole('heading', { name: 'Turn it on' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'My back is flaring' })).toHaveFocus();
  });

  it('focuses the first field of a panel with no heading', async () => {
    const user = userEvent.setup();
    render(<Card heading={false} />);
    await user.click(screen.getByRole('button', { name: 'My back is flaring' }));
    expect(screen.getByLabelText('Flaring since')).toHaveFocus();
  });

  it('sends focus to the card heading when the opener is gone after a save', async () => {
    const user = userEvent.setup();
    render(<Card />);
    await user.click(screen.getByRole('button', { name: 'My back is flaring' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('heading', { name: 'Flare mode' })).toHaveFocus();
  });

  it('leaves focus where the person put it when the panel closes without taking focus', async () => {
    const user = userEvent.setup();
    function Closing() {
      const [open, setOpen] = useState(true);
      const { panelRef } = useInPlacePanel<HTMLDivElement>(open);
      return (
        <>
          {open ? <div ref={panelRef}>Panel</div> : null}
          <button
            type="button"
            onClick={() => {
              setOpen(false);
            }}
          >
            Close it from outside
          </button>
        </>
      );
    }
    render(<Closing />);
    await user.click(screen.getByRole('button', { name: 'Close it from outside' }));
    expect(screen.getByRole('button', { name: 'Close it from outside' })).toHaveFocus();
  });

  it('sends focus to the screen heading when the whole card goes with the opener focused', async () => {
    const user = userEvent.setup();
    const Today = ({ card }: { card: boolean }) => <Screen>{card ? <Card /> : null}</Screen>;
    const { rerender } = render(<Today card />);
    await user.click(screen.getByRole('button', { name: 'My back is flaring' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'My back is flaring' })).toHaveFocus();
    // The card leaves (its record changed) while its opener still holds focus.
    rerender(<Today card={false} />);
    // Once the commit that removed the card is over.
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Exercise plan' })).toHaveFocus();
    });
  });

  it('sends focus to the screen heading when the card goes while its panel holds focus', async () => {
    const user = userEvent.setup();
    const Today = ({ card }: { card: boolean }) => <Screen>{card ? <Card /> : null}</Screen>;
    const { rerender } = render(<Today card />);
    await user.click(screen.getByRole('button', { name: 'My back is flaring' }));
    await user.click(screen.getByLabelText('Flaring since'));
    rerender(<Today card={false} />);
    // Once the commit that removed the card is over.
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Exercise plan' })).toHaveFocus();
    });
  });

  it('takes nothing from a control the person moved to before the card went', async () => {
    const user = userEvent.setup();
    const Today = ({ card }: { card: boolean }) => <Screen>{card ? <Card /> : null}</Screen>;
    const { rerender } = render(<Today card />);
    await user.click(screen.getByRole('button', { name: 'My back is flaring' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    rerender(<Today card={false} />);
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});

describe('useFocusOnChange', () => {
  function Steps() {
    const [step, setStep] = useState(0);
    const card = useRef<HTMLElement>(null);
    useFocusOnChange(step, card);
    return (
      <>
        <section ref={card}>
          <h2>Step {step + 1}</h2>
        </section>
        {step > 0 ? (
          <button
            type="button"
            onClick={() => {
              setStep(step - 1);
            }}
          >
            Back
          </button>
        ) : null}
        {step < 2 ? (
          <button
            type="button"
            onClick={() => {
              setStep(step + 1);
            }}
          >
            Next
          </button>
        ) : null}
      </>
    );
  }

  it('moves focus to the new step heading on every change, never on the first render', async () => {
    const user = userEvent.setup();
    render(<Steps />);
    expect(document.body).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Step 2' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Step 3' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: 'Step 2' })).toHaveFocus();
  });
});
