import { useLayoutEffect, useRef } from 'react';

// A focused element that leaves the page leaves focus on <body>: a keyboard user starts again
// from the top of the screen and a screen reader says nothing about what replaced it. In-place
// panels do exactly that (the button that opens a form is replaced by the form, and the form by
// the button again), so these move focus on purpose instead.

/** Whether focus fell to <body> (or nowhere), e.g. because the focused element was removed. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

const HEADING = 'h1, h2, h3, h4';
const FIELD = 'input:not([type="hidden"]), select, textarea';

/**
 * Focuses what names the panel, its heading, so a screen reader announces it; a panel without
 * one (a short form) gets its first field. A heading takes focus from script only (tabindex -1),
 * so Tab still goes from control to control.
 */
export function focusInto(panel: HTMLElement | null) {
  if (!panel) return;
  const target = panel.querySelector<HTMLElement>(`${HEADING}, ${FIELD}`) ?? panel;
  if (target.matches(HEADING) && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}

/** The headings of the blocks around `element`, nearest first, ending with the screen's h1. */
function headingsAround(element: Element | null): HTMLElement[] {
  const headings: HTMLElement[] = [];
  for (let block = element?.parentElement; block; block = block.parentElement) {
    const heading = block.querySelector<HTMLElement>(`:scope > :is(${HEADING})`);
    if (heading) headings.push(heading);
  }
  const title = document.querySelector<HTMLElement>('main h1');
  return title && !headings.includes(title) ? [...headings, title] : headings;
}

function focusFirstConnected(candidates: readonly HTMLElement[]) {
  const target = candidates.find((candidate) => candidate.isConnected);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}

/**
 * Focus for a panel that opens in place of the control that opened it (a form, a question).
 * On open, focus moves into the panel (focusInto). On close (Cancel, Save), back to the opener,
 * if focus was lost with the panel. When the opener is gone as well, or goes soon after (the save
 * changed the record: a finished spasm offers no "It eased…", a recorded experiment leaves the
 * list), to the nearest heading still on screen: the row's, the card's, else the screen's h1.
 *
 * Attach `panelRef` to the panel and `openerRef` to the control that opens it. Layout effects,
 * so focus moves in the same commit that removes what held it, with no frame where it is lost.
 */
export function useInPlacePanel<
  Panel extends HTMLElement = HTMLElement,
  Opener extends HTMLElement = HTMLButtonElement,
>(open: boolean) {
  const panelRef = useRef<Panel>(null);
  const openerRef = useRef<Opener>(null);
  const focus = useRef<PanelFocus>({ open: false, panel: null, aroundPanel: [], returnedTo: [] });

  useLayoutEffect(() => {
    const state = focus.current;
    if (open === state.open) return;
    state.open = open;
    state.returnedTo = [];
    if (open) {
      // The person just asked for it: focus goes in even if it was not lost.
      state.panel = panelRef.current;
      state.aroundPanel = headingsAround(state.panel);
      focusInto(state.panel);
      return;
    }
    if (!focusLost()) return;
    const opener = openerRef.current;
    if (opener) {
      opener.focus();
      state.returnedTo = [opener, ...headingsAround(opener)];
    } else focusFirstConnected(state.aroundPanel);
  }, [open]);

  // After any later render: the opener focus went back to may have left with the record.
  useLayoutEffect(() => {
    const [opener, ...headings] = focus.current.returnedTo;
    if (!opener || opener.isConnected || !focusLost()) return;
    focus.current.returnedTo = [];
    focusFirstConnected(headings);
  });

  // On unmount (the whole row or card gone with its record) the elements are still on the page,
  // and so is whatever around them is going too: once the commit has removed them, the nearest
  // heading left takes focus, if it was in the panel or on the opener.
  useLayoutEffect(() => {
    const state = focus.current;
    return () => {
      const active = document.activeElement;
      const held = state.open ? state.panel?.contains(active) : state.returnedTo[0] === active;
      if (!held) return;
      const candidates = state.open ? state.aroundPanel : state.returnedTo.slice(1);
      queueMicrotask(() => {
        if (focusLost()) focusFirstConnected(candidates);
      });
    };
  }, []);

  return { panelRef, openerRef };
}

type PanelFocus = {
  open: boolean;
  panel: HTMLElement | null;
  /** Headings around the open panel: where focus goes if the opener does not come back. */
  aroundPanel: HTMLElement[];
  /** The opener focus went back to, then the headings around it; empty once settled. */
  returnedTo: HTMLElement[];
};

/**
 * For content replaced in place, as a whole, by the person's own action (the steps of a
 * walk-through): when `value` changes (never on the first render), focus moves into `panel`
 * (focusInto), so they read and Tab through the new content from its top. Otherwise focus would
 * stay on Next below content that grew, off screen, or fall to <body> when Next itself goes.
 */
export function useFocusOnChange(value: unknown, panel: { current: HTMLElement | null }) {
  const shown = useRef(value);
  useLayoutEffect(() => {
    if (Object.is(shown.current, value)) return;
    shown.current = value;
    focusInto(panel.current);
  }, [value, panel]);
}
