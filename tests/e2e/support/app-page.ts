import type { Page } from '@playwright/test';

/** Page model for the app shell: what a person sees on every screen. */
export class AppPage {
  constructor(readonly page: Page) {}

  readonly sections = [
    { label: 'Today', path: '/', heading: 'Today' },
    { label: 'Log', path: '/log', heading: 'Spasm log' },
    { label: 'Plan', path: '/plan', heading: 'Exercise plan' },
    { label: 'Patterns', path: '/patterns', heading: 'Patterns' },
    { label: 'More', path: '/more', heading: 'More' },
  ] as const;

  async open(path = '/') {
    await this.page.goto(path);
    await this.heading().waitFor();
  }

  navigation() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  navLink(label: string) {
    return this.navigation().getByRole('link', { name: label, exact: true });
  }

  heading(name?: string) {
    return this.page.getByRole('heading', { level: 1, ...(name ? { name } : {}) });
  }

  logSpasmAction() {
    return this.page.getByRole('banner').getByRole('link', { name: 'Log spasm' });
  }

  /** Resolves once a service worker controls this page (it precaches the app on first visit). */
  async waitForServiceWorkerControl() {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
  }
}
