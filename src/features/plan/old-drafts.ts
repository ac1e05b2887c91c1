import type { TabDraft } from '../../ui/form-kit/tab-draft';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Migrates, once, a draft the previous version kept in localStorage (a zustand store persisted as
 * `{"state":{"draft":…},"version":1}`, shared by every tab) into this tab's `draft`
 * (docs/decisions/form-kit-tab-drafts.md). The old entry is removed whatever it holds, so the first
 * tab to open the screen after the update takes it over (a session under way keeps its skips and
 * its rest) and no other tab sees it again. It goes through the same parser as any stored draft:
 * anything that is not JSON or no longer makes sense is dropped, never trusted. A draft this tab
 * already has wins.
 */
export function adoptOldDraft<T>(
  oldKey: string,
  draft: TabDraft<T>,
  parse: (value: unknown) => T | null,
) {
  let text: string | null;
  try {
    text = localStorage.getItem(oldKey);
    if (text === null) return;
    localStorage.removeItem(oldKey);
  } catch {
    // No localStorage (blocked): nothing was kept there either.
    return;
  }
  if (draft.read() !== null) return;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return;
  }
  const value = isRecord(stored) && isRecord(stored.state) ? parse(stored.state.draft) : null;
  if (value !== null) draft.write(value);
}
