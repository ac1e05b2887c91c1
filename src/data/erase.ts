import { useSyncExternalStore } from 'react';

/** Every localStorage key the app writes starts with this (e.g. the unsaved spasm draft). */
export const APP_STORAGE_PREFIX = 'steadyback';

/** The channel every tab of the app hears "all data was erased" on. */
export const ERASE_CHANNEL = 'steadyback-erase';

type EraseListener = () => void;
const listeners = new Set<EraseListener>();
let channel: BroadcastChannel | undefined;

let erasures = 0;
const notify = () => {
  erasures += 1;
  for (const listener of [...listeners]) listener();
};

/** The tab-to-tab channel, opened on first use; none where the browser has no BroadcastChannel. */
function eraseChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel(ERASE_CHANNEL);
    channel.onmessage = notify;
    // Node (unit tests) would otherwise wait for the open channel before exiting.
    (channel as { unref?: () => void }).unref?.();
  }
  return channel;
}

/**
 * Calls `listener` whenever all data is erased, in this tab or in any other tab of the app
 * (BroadcastChannel, where the browser has it). Drafts listen, so a half-filled form in another
 * tab is emptied instead of writing an erased entry back. Returns the way to stop listening.
 */
export function onEraseAll(listener: EraseListener): () => void {
  listeners.add(listener);
  eraseChannel();
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Erases everything the person entered: every table emptied in one transaction (all or nothing:
 * a failure part-way leaves every record where it was), then the app's drafts in localStorage,
 * then tells every tab (their drafts clear themselves). Returns false when the database refused.
 */
export async function eraseAllData(): Promise<boolean> {
  try {
    // Dexie is fetched only to erase: the app listens for erasures from its start (every tab's
    // drafts, src/app/erase-drafts.ts), and Dexie must stay off the first screen
    // (docs/performance.md).
    const { db } = await import('./db');
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()));
    });
  } catch {
    return false;
  }
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
  for (const key of keys) {
    if (key?.startsWith(APP_STORAGE_PREFIX)) localStorage.removeItem(key);
  }
  notify();
  eraseChannel()?.postMessage('erased');
  return true;
}

/**
 * How many times all data was erased since this tab opened: a form holding its answers in
 * component state keys itself on it, so an erase in another tab empties it too.
 */
export function useErasures(): number {
  return useSyncExternalStore(
    onEraseAll,
    () => erasures,
    () => erasures,
  );
}
