import { useEffect, useRef, type ReactNode } from 'react';
import { useStickyBar } from '../../../ui/use-keyboard-open';

/**
 * The step's primary action (Done, Start a hold, Skip rest) in thumb's reach: sticky at the
 * bottom of the exercise, above the navigation, so no set needs a scroll at 390 × 844 or 320 px,
 * even at 200 % text. Its height is the page's extra scroll padding, so a field that takes focus
 * scrolls clear of it (WCAG 2.4.11); it steps back into the page while a keyboard is open.
 *
 * The bar stays mounted from set to set (only what it holds changes): a tap that lands as the set
 * just saved is read back still meets the button it was aimed at.
 */
type SessionActionBarProps = {
  /** After the person's tap took away the focused button: focus the bar's next action. */
  claimFocus: boolean;
  /** What the bar shows ('timer', 'done'): a change moves focus when claimFocus. */
  content: string;
  children: ReactNode;
};

export function SessionActionBar({ claimFocus, content, children }: SessionActionBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  const keyboard = useStickyBar(bar);
  // Done became a rest, a rest ended by Skip: the tapped button is gone and focus fell to the
  // page. It goes to the bar's next action, in view already, so nothing scrolls.
  useEffect(() => {
    const active = document.activeElement;
    if (!claimFocus || (active !== null && active !== document.body)) return;
    bar.current
      ?.querySelector<HTMLElement>('.rest-skip, .button-primary')
      ?.focus({ preventScroll: true });
  }, [claimFocus, content]);
  return (
    <div ref={bar} className={keyboard ? 'action-bar action-bar-static' : 'action-bar'}>
      {children}
    </div>
  );
}
