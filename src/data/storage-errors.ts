import type { FieldErrors } from '../domain/common';
import { FORM_ERROR_KEY } from '../domain/common';

/** Turns a failed IndexedDB write into a message the person can act on; nothing was written. */
export function storageFailure(error: unknown): FieldErrors {
  const name = error instanceof Error ? error.name : '';
  const inner =
    error instanceof Error && 'inner' in error && error.inner instanceof Error
      ? error.inner.name
      : '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return {
      [FORM_ERROR_KEY]:
        "Your phone's storage is full, so this wasn't saved. Free some space, then try again: what you typed is still here.",
    };
  }
  return {
    [FORM_ERROR_KEY]:
      "This couldn't be saved because the browser's storage refused it. Try again; what you typed is still here.",
  };
}
