import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './table-scroll.css';

/** Whether `box` is narrower than what it holds, kept up to date as either changes size. */
function useOverflows(box: { current: HTMLElement | null }) {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      setOverflows(el.scrollWidth > el.clientWidth);
    };
    measure();
    // Without ResizeObserver (old browsers, jsdom) the first measure stands.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      observer.disconnect();
    };
  }, [box]);
  return overflows;
}

type TableScrollProps = {
  /** What the table holds, for the region a screen reader announces while it scrolls. */
  label: string;
  children: ReactNode;
};

/**
 * A data table that scrolls sideways inside itself on a narrow screen or with large text, with
 * its words kept whole, instead of widening the page or breaking words letter by letter (a
 * table is the two-dimensional content WCAG 1.4.10 allows to scroll). While it scrolls it is a
 * named region in the Tab order, so the keyboard can scroll it with the arrow keys (axe's
 * scrollable-region-focusable); while it fits it is a plain wrapper, no extra Tab stop.
 */
export function TableScroll({ label, children }: TableScrollProps) {
  const box = useRef<HTMLDivElement>(null);
  const scrolls = useOverflows(box);
  return (
    <div
      ref={box}
      className="table-scroll"
      {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
