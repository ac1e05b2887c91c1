import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LOCALE, guardChartLocale, usableLocale } from './chart-locale';

describe('usableLocale', () => {
  it('keeps a language Intl accepts', () => {
    expect(usableLocale('en-GB')).toBe('en-GB');
    expect(usableLocale('de-CH')).toBe('de-CH');
  });

  it('falls back to the app default for a bad or missing language', () => {
    for (const bad of ['C', 'C.UTF-8', 'en_US.UTF-8', '', null, undefined]) {
      expect(usableLocale(bad)).toBe(DEFAULT_LOCALE);
    }
  });
});

describe('guardChartLocale', () => {
  const reported = (language: string) => {
    const nav = Object.create(Navigator.prototype) as Navigator;
    Object.defineProperty(nav, 'language', { configurable: true, value: language });
    return nav;
  };

  it('replaces a language that is no valid tag (WebKitGTK reports "C")', () => {
    const nav = reported('C');
    expect(guardChartLocale(nav)).toBe('en');
    expect(nav.language).toBe('en');
  });

  it('leaves a valid language alone', () => {
    const nav = reported('fr-FR');
    expect(guardChartLocale(nav)).toBe('fr-FR');
    expect(nav.language).toBe('fr-FR');
  });
});

describe('uPlot under a browser language of "C"', () => {
  afterEach(() => {
    // The page's own language again (the guard defines an own property on navigator).
    Reflect.deleteProperty(navigator, 'language');
  });

  const browserSaysC = () => {
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'C' });
    // uPlot reads the pixel ratio through matchMedia when its module runs; jsdom has none.
    vi.stubGlobal(
      'matchMedia',
      () => ({ matches: false, addEventListener() {}, removeEventListener() {} }) as unknown,
    );
    vi.resetModules();
  };

  it('is what uPlot trips over unguarded: Intl rejects the tag', () => {
    expect(() => new Intl.NumberFormat('C')).toThrow(RangeError);
  });

  it('loads through src/ui/uplot.ts and formats numbers in the app default', async () => {
    browserSaysC();
    const { uPlot } = await import('./uplot');
    expect(typeof uPlot).toBe('function');
    expect(navigator.language).toBe(DEFAULT_LOCALE);
    // Its number format (axis values) works, in the app's default language.
    expect(uPlot.fmtNum(1234.5)).toBe('1,234.5');
  });
});
