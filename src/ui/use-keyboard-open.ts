import { useEffect, useState, type RefObject } from 'react';

/**
 * True while an on-screen keyboard takes a good part of the screen, read from the VisualViewport
 * API where it exists (false elsewhere): a sticky action bar then steps back into the page rather
 * than sit over the keyboard or the field being typed in.
 */
export function useKeyboardOpen(): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const check = () => {
      setOpen(window.innerHeight - viewport.height * viewport.scale > 150);
    };
    check();
    viewport.addEventListener('resize', check);
    return () => {
      viewport.removeEventListener('resize', check);
    };
  }, []);
  return open;
}

/**
 * A sticky action bar at the bottom of a screen (the session's Done, the spasm form's Save): its
 * height and the navigation's go to `--action-bar-height` and `--nav-height` on the root, for the
 * page's scroll padding, so a field that takes focus stops clear of the bar (WCAG 2.4.11). A field
 * focused under the bar is scrolled out from under it. Returns true while an on-screen keyboard is
 * open: the bar then steps back into the page's flow (the caller drops its sticky class).
 */
export function useStickyBar(bar: RefObject<HTMLElement | null>): boolean {
  const keyboard = useKeyboardOpen();
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
  }, [bar, keyboard]);
  return keyboard;
}
