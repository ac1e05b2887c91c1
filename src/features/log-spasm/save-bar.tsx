import { useRef, type ReactNode } from 'react';
import { useStickyBar } from '../../ui/use-keyboard-open';

/**
 * The form's Save in thumb's reach (issue 18): sticky at the bottom of the form, just above the
 * navigation, so after a severity Save needs no scroll at 390 × 844 or 320 px, even at 200 % text.
 * It is drawn in the page's own colour with a border, not the button's, so the focus ring of a
 * field beside it keeps its 3:1; its height is the page's extra scroll padding, so a field that
 * takes focus stops clear of it; it steps back into the page while a keyboard is open.
 */
export function SaveBar({ children }: { children: ReactNode }) {
  const bar = useRef<HTMLDivElement>(null);
  const keyboard = useStickyBar(bar);
  return (
    <div ref={bar} className={keyboard ? 'save-bar save-bar-static' : 'save-bar'}>
      {children}
    </div>
  );
}
