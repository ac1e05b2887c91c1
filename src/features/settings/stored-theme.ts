// No imports on purpose: the shell's entry chunk can call applyStoredTheme before first render
// without pulling in the database or zod (docs/performance.md: 120 kB before the first screen).

/** A copy of the theme choice (starts with "steadyback" so "Erase all data" removes it). */
export const THEME_STORAGE_KEY = 'steadyback-theme';

/** Sets data-theme on <html> for "light" or "dark"; anything else follows the device. */
export function applyTheme(theme: string | null) {
  const root = document.documentElement;
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/**
 * Applies the last chosen theme at once, before the settings are read from IndexedDB, so a dark
 * theme never opens with a flash of light. Call from main.tsx before rendering.
 */
export function applyStoredTheme() {
  try {
    applyTheme(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    // Storage blocked (private mode, policy): the settings still apply once read.
  }
}
