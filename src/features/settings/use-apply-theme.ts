import { useEffect } from 'react';
import { useSettings } from '../../data/settings/settings-queries';
import { applyTheme, THEME_STORAGE_KEY } from './stored-theme';

/**
 * Applies the person's theme to the whole app: data-theme="light" or "dark" on <html>, which
 * src/ui/themes.css turns into colours; no attribute for "system", so the device's scheme applies.
 * Also keeps a copy in localStorage for applyStoredTheme at the next start.
 */
export function useApplyTheme() {
  const theme = useSettings()?.theme;
  useEffect(() => {
    // While settings load, leave whatever is there rather than flash the device's scheme.
    if (theme === undefined) return;
    applyTheme(theme);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, theme);
    } catch {
      // Without storage the theme still applies; it just can't be applied early next time.
    }
  }, [theme]);
}
