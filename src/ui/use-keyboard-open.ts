import { useEffect, useState } from 'react';

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
