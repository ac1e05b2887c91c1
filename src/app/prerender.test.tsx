import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from '../features/settings/stored-theme';
import { App } from './app';
import { inlineScripts, renderFirstScreen } from './prerender';

const run = (script: string) => {
  // The build inlines these into index.html; here they run as the browser would run them.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const inline = new Function(script) as () => void;
  inline();
};

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  window.history.replaceState(null, '', '/');
});

describe('the prerendered first screen', () => {
  it("is exactly React's first render of Today, so nothing moves when React takes over", () => {
    const prerendered = renderFirstScreen();
    expect(prerendered).toContain('<h1 tabindex="-1" class="page-title">Today</h1>');
    expect(prerendered).toContain('class="today-lead"');
    const { container } = render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    // Compared as the browser parses the HTML (entities such as &#x27; become characters).
    const parsed = document.createElement('div');
    parsed.innerHTML = prerendered;
    expect(container.innerHTML).toBe(parsed.innerHTML);
  });

  it('opens in the chosen theme before anything paints', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    run(inlineScripts.theme);
    expect(document.documentElement.dataset.theme).toBe('dark');
    delete document.documentElement.dataset.theme;
    localStorage.setItem(THEME_STORAGE_KEY, 'system');
    run(inlineScripts.theme);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('is cleared on a deep link, so another screen never shows Today first', () => {
    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML = renderFirstScreen();
    document.body.append(root);
    run(inlineScripts.deepLink);
    expect(root.childElementCount).toBeGreaterThan(0);
    window.history.replaceState(null, '', '/patterns');
    run(inlineScripts.deepLink);
    expect(root.childElementCount).toBe(0);
    root.remove();
  });
});
