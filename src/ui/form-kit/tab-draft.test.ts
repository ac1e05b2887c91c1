import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textListDraft } from './draft-parsers';
import {
  clearTabDrafts,
  DRAFT_KEY_PREFIX,
  forgetTabDraftsInMemory,
  onTabDraftsCleared,
  tabDraft,
} from './tab-draft';

const rows = tabDraft('rows', textListDraft);

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  forgetTabDraftsInMemory();
});

describe('per-tab drafts', () => {
  it('live in this tab’s sessionStorage, never in localStorage (shared by every tab)', () => {
    rows.write(['Lifting']);
    expect(sessionStorage.getItem(`${DRAFT_KEY_PREFIX}rows`)).toBe('["Lifting"]');
    expect(localStorage.length).toBe(0);
    forgetTabDraftsInMemory();
    expect(rows.read()).toEqual(['Lifting']);
  });

  it('tell subscribers of every change', () => {
    const listener = vi.fn();
    const stop = rows.subscribe(listener);
    rows.write(['a']);
    rows.clear();
    stop();
    rows.write(['b']);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keep working in memory when storage refuses', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    rows.write(['Gardening']);
    expect(rows.read()).toEqual(['Gardening']);
  });

  it('read a stored value that is not JSON as no draft', () => {
    sessionStorage.setItem(rows.key, '{not json');
    expect(rows.read()).toBeNull();
  });

  it('are all cleared at once, and open forms are told', () => {
    const other = tabDraft('other', textListDraft);
    rows.write(['a']);
    other.write(['b']);
    sessionStorage.setItem('steadyback-theme', 'dark');
    const told = vi.fn();
    const stop = onTabDraftsCleared(told);
    clearTabDrafts();
    stop();
    expect(rows.read()).toBeNull();
    expect(other.read()).toBeNull();
    expect(sessionStorage.getItem('steadyback-theme')).toBe('dark');
    expect(told).toHaveBeenCalledOnce();
  });
});
