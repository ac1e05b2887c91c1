// Every component test gets a fresh in-memory IndexedDB and jest-dom matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetTabDraftsInMemory } from '../../src/ui/form-kit/tab-draft';
import { clearDraftsOnErase } from '../../src/app/erase-drafts';

// A save goes through IndexedDB and a live query before the screen updates; on a busy 2-core CI
// machine that can take longer than Testing Library's default 1 s wait for findBy* queries.
configure({ asyncUtilTimeout: 4000 });

// As the app does when it starts (src/app/start.tsx): erasing all data empties the tab's drafts.
clearDraftsOnErase();

afterEach(() => {
  cleanup();
  // Each test is a fresh tab: no draft typed in another test comes back.
  sessionStorage.clear();
  forgetTabDraftsInMemory();
});
