import { useEffect, useRef, type ReactNode } from 'react';
import { useKeyboardOpen } from '../../ui/use-keyboard-open';

/**
 * The step's primary action (Done, Start a hold, Skip rest) in thumb's reach: sticky at the
 * bottom of the exercise, above the navigation, so no set needs a scroll at 390 × 844 or 320 px,
 * even at 200 % text. Its height is the page's extra scroll padding, so a field that takes focus
 * scrolls clear of it (WCAG 2.4.11); it steps back into the page while a keyboard is open.
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
  const keyboard = useKeyboardOpen();
  // Done became a rest, a rest ended by Skip: the tapped button is gone and focus fell to the
  // page. It goes to the bar's next action, in view already, so nothing scrolls.
  useEffect(() => {
    const active = document.activeElement;
    if (!claimFocus || (active !== null && active !== document.body)) return;
    bar.current
      ?.querySelector<HTMLElement>('.rest-skip, .button-primary')
      ?.focus({ preventScroll: true });
  }, [claimFocus, content]);
  useEffect(() => {
    const element = bar.current;
    const root = document.documentElement;
    if (!element) return;
    const measure = () => {
      root.style.setProperty('--action-bar-height', `${String(element.offsetHeight)}px`);
      // The navigation grows with the text (a second row of tabs at 200 %): sit just above it.
      const nav = document.querySelector<HTMLElement>('.bottom-nav');
      if (nav) root.style.setProperty('--nav-height', `${String(nav.offsetHeight)}px`);
    };
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    // A field focused under the bar (a tap, Tab) is scrolled to clear it, by the scroll padding.
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || element.contains(target)) return;
      const covered = target.getBoundingClientRect().bottom > element.getBoundingClientRect().top;
      if (covered && !keyboard) target.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      observer?.disconnect();
      document.removeEventListener('focusin', onFocus);
      root.style.removeProperty('--action-bar-height');
      root.style.removeProperty('--nav-height');
    };
  }, [keyboard]);
  return (
    <div ref={bar} className={keyboard ? 'action-bar action-bar-static' : 'action-bar'}>
      {children}
    </div>
  );
}
