import type { ReactNode } from 'react';
import { useInPlacePanel } from '../in-place-focus';

type FormPanelProps = {
  /** Whether the form shows; else its opener does. */
  open: boolean;
  /** The opener was pressed. */
  onOpen: () => void;
  /** The id of the panel's heading, which names the panel. */
  headingId: string;
  heading: ReactNode;
  /** What the opener says ("Add a medicine"). */
  openLabel: ReactNode;
  /** The form. */
  children: ReactNode;
};

/**
 * A form that opens in place of its button, in a card named by its heading. Focus goes to the
 * heading on open and back to the button when the form closes (useInPlacePanel,
 * src/ui/in-place-focus.ts).
 */
export function FormPanel(props: FormPanelProps) {
  const { open, onOpen, headingId, heading, openLabel, children } = props;
  const { panelRef, openerRef } = useInPlacePanel(open);
  return open ? (
    <section ref={panelRef} className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {children}
    </section>
  ) : (
    <p>
      <button ref={openerRef} type="button" className="button button-primary" onClick={onOpen}>
        {openLabel}
      </button>
    </p>
  );
}
