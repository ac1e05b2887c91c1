/**
 * Per-tab drafts: what a person has typed into a form and not saved yet, kept in sessionStorage.
 * sessionStorage belongs to one tab and survives its reloads (an update, a crash, the phone
 * dropping the page), so a half-filled form comes back as it was, while two tabs never share or
 * overwrite each other's drafts (docs/architecture.md, "Forms and drafts").
 *
 * Storage is a boundary: each draft has a parser, and a draft from an older version or edited by
 * hand is dropped rather than trusted. When storage is unavailable (private mode, quota), a draft
 * lives in memory for the tab's life: the form still works, only a reload loses it.
 *
 * The tab's drafts are held in one zustand store (the app's UI state library, docs/architecture.md):
 * it keeps the values in memory and tells each open form when its own draft changes; this module
 * adds the sessionStorage copy, the parsers and erasing.
 */
import { createStore } from 'zustand/vanilla';

/** Every draft key starts with this, so erasing the app's data can find them all. */
export const DRAFT_KEY_PREFIX = 'steadyback-draft:';

type Listener = () => void;

export type TabDraft<T> = {
  /** The sessionStorage key, for tests and for erasing. */
  readonly key: string;
  /** The stored draft if it still makes sense, else null. */
  read: () => T | null;
  write: (value: T) => void;
  clear: () => void;
  subscribe: (listener: Listener) => () => void;
};

/** Every draft this tab has read or written, by key; null once cleared. */
const drafts$ = createStore<Record<string, unknown>>()(() => ({}));
const eraseListeners = new Set<Listener>();

const setDraft = (key: string, value: unknown) => {
  drafts$.setState({ [key]: value });
};

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // A sandboxed or privacy-locked page throws on the mere access.
    return null;
  }
}

function stored(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    // Not JSON (edited by hand, or cut short): no draft.
    return null;
  }
}

function load(key: string): unknown {
  const held = drafts$.getState();
  if (key in held) return held[key];
  // First read in this tab's life: from storage, kept without telling anyone (nothing changed).
  const value = stored(key);
  drafts$.setState({ [key]: value });
  return value;
}

const drafts = new Map<string, TabDraft<unknown>>();

/**
 * The draft named `name` in this tab, checked by `parse` (its result is cached per stored value,
 * so a component can read it on every render). One object per name: a form of one record asks
 * for `checkin:2026-12-01` on every render and gets the same draft.
 */
export function tabDraft<T>(name: string, parse: (value: unknown) => T | null): TabDraft<T> {
  const key = DRAFT_KEY_PREFIX + name;
  const known = drafts.get(key) as TabDraft<T> | undefined;
  if (known) return known;
  const draft = createDraft(key, parse);
  drafts.set(key, draft as TabDraft<unknown>);
  return draft;
}

function createDraft<T>(key: string, parse: (value: unknown) => T | null): TabDraft<T> {
  let parsedFrom: unknown = undefined;
  let parsed: T | null = null;
  return {
    key,
    read: () => {
      const raw = load(key);
      if (raw === null) return null;
      if (raw !== parsedFrom) {
        parsedFrom = raw;
        parsed = parse(raw);
      }
      return parsed;
    },
    write: (value) => {
      load(key);
      try {
        storage()?.setItem(key, JSON.stringify(value));
      } catch {
        // Full or blocked: the draft stays in memory for this tab's life.
      }
      setDraft(key, value);
    },
    clear: () => {
      load(key);
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing stored to remove.
      }
      setDraft(key, null);
    },
    // Only this draft's changes reach its listeners, not every other form's; its first read
    // from storage, and forgetting the memory copy, are not changes.
    subscribe: (listener) =>
      drafts$.subscribe((state, previous) => {
        if (key in state && key in previous && state[key] !== previous[key]) listener();
      }),
  };
}

/**
 * Forgets every draft of this tab, in storage and in memory, and tells open forms to start
 * afresh: the person erased all their data (here or in another tab), so nothing typed before may
 * be written back.
 */
export function clearTabDrafts() {
  const store = storage();
  if (store) {
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
    for (const key of keys) {
      if (key?.startsWith(DRAFT_KEY_PREFIX)) store.removeItem(key);
    }
  }
  drafts$.setState((held) => Object.fromEntries(Object.keys(held).map((key) => [key, null])), true);
  for (const listener of eraseListeners) listener();
}

/** Calls `listener` whenever clearTabDrafts runs; returns the unsubscribe. */
export function onTabDraftsCleared(listener: Listener): () => void {
  eraseListeners.add(listener);
  return () => {
    eraseListeners.delete(listener);
  };
}

/** Forgets the in-memory copies, as a reload would; for tests that reload a page in place. */
export function forgetTabDraftsInMemory() {
  drafts$.setState({}, true);
}
