/** The app's language (index.html's lang), used where the browser's own cannot be. */
export const DEFAULT_LOCALE = 'en';

/** `tag` when Intl accepts it as a language, else the app's default. */
export function usableLocale(tag: string | null | undefined): string {
  if (!tag) return DEFAULT_LOCALE;
  try {
    new Intl.NumberFormat(tag);
    return tag;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * uPlot builds `new Intl.NumberFormat(navigator.language)` when its module is evaluated. A browser
 * whose language is not a valid tag (WebKitGTK under the POSIX locale reports "C") makes that
 * throw `RangeError: invalid language tag`, which would blank every chart's screen. Before uPlot
 * loads, such a language is replaced, on this page's navigator only, with the app's default.
 * Returns the language uPlot will see.
 */
export function guardChartLocale(nav: Navigator = navigator): string {
  const usable = usableLocale(nav.language);
  if (usable !== nav.language) {
    Object.defineProperty(nav, 'language', { configurable: true, get: () => usable });
  }
  return usable;
}
