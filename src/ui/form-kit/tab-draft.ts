/**
 * Per-tab drafts: what a person has typed into a form and not saved yet, kept in sessionStorage.
 * sessionStorage belongs to one tab and survives its reloads (an update, a crash, the phone
 * dropping the page), so a half-filled form comes back as it was, while two tabs never share or
 * overwrite each other's drafts (docs/architecture.md, "Forms and drafts").
 *
 * Storage is a boundary: each draft has a parser, and a draft from an older version or edited by
 * hand is dropped rather than trusted. When storage is unavailable (private mode, quota), a draft
 * lives in memory for the tab's life: the form still works, only a reload loses it.
 */

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

const memory = new Map<string, unknown>();
const listeners = new Map<string, Set<Listener>>();
const eraseListeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // A sandboxed or privacy-locked page throws on the mere access.
    return null;
  }
}

function notify(key: string) {
  for (const listener of listeners.get(key) ?? []) listener();
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
  if (!memory.has(key)) memory.set(key, stored(key));
  return memory.get(key);
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
      memory.set(key, value);
      try {
        storage()?.setItem(key, JSON.stringify(value));
      } catch {
        // Full or blocked: the draft stays in memory for this tab's life.
      }
      notify(key);
    },
    clear: () => {
      memory.set(key, null);
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing stored to remove.
      }
      notify(key);
    },
    subscribe: (listener) => {
      const set = listeners.get(key) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(key, set);
      return () => {
        set.delete(listener);
      };
    },
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
  const known = [...memory.keys()];
  for (const key of known) memory.set(key, null);
  for (const key of known) notify(key);
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
  memory.clear();
}
