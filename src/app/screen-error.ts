/** What went wrong, in plain words, and what the person can do about it. */
export type ScreenErrorText = { title: string; advice: string };

/**
 * Words for an error that stopped a screen from rendering. IndexedDB and Dexie errors are
 * recognised by name (a DOMException's, or Dexie's own, possibly wrapping one as `inner`), a
 * screen's code that could not be fetched by the browser's message for a failed dynamic import.
 * Whatever happened, what is stored on the phone is left as it was: the screen only read.
 */
export function screenErrorText(error: unknown): ScreenErrorText {
  const names = errorNames(error);
  const message = error instanceof Error ? error.message : '';
  if (names.has('VersionError')) {
    return {
      title: 'This version of the app is older than your data',
      advice:
        'Another tab or an update has already moved your data on. Close the app’s other tabs and reload to get the newest version.',
    };
  }
  if (names.has('QuotaExceededError')) {
    return {
      title: 'Your phone is out of storage space',
      advice:
        'Free some space (photos, other apps), then try again. Your entries are still stored on this phone.',
    };
  }
  if (
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      message,
    )
  ) {
    return {
      title: 'Part of the app could not be loaded',
      advice:
        'This screen was not saved for offline use yet, or an update is half-installed. Reconnect and reload the app.',
    };
  }
  if ([...names].some((name) => STORAGE_ERRORS.has(name))) {
    return {
      title: 'Your stored entries could not be read just now',
      advice:
        'The browser’s storage did not answer. Try again; if it keeps happening, reload the app. Nothing stored was changed.',
    };
  }
  return {
    title: 'This screen could not be shown',
    advice: 'Something went wrong. Try again, or reload the app. Nothing stored was changed.',
  };
}

const STORAGE_ERRORS = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'InvalidStateError',
  'UnknownError',
  'AbortError',
  'TransactionInactiveError',
  'NotFoundError',
  'MissingAPIError',
  'DataError',
]);

/** The names of an error and of the errors it wraps (Dexie's `inner`, a standard `cause`). */
function errorNames(error: unknown, depth = 0): Set<string> {
  const names = new Set<string>();
  if (depth > 3 || typeof error !== 'object' || error === null) return names;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  if (typeof name === 'string') names.add(name);
  for (const wrapped of [inner, cause]) {
    for (const innerName of errorNames(wrapped, depth + 1)) names.add(innerName);
  }
  return names;
}
