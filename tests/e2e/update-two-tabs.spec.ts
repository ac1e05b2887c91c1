import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { CheckinForm } from './support/checkin-form';
import { LogForm } from './support/log-form';
import { startSwapServer } from './support/swap-server';

// Two builds on one origin, served by this spec's own server (the configured web server serves a
// single folder): dist is version A (`npm run build`), dist-b version B
// (`node scripts/build-next-version.mjs`, which `npm run test:e2e` runs first).
const port = Number(process.env.E2E_PORT ?? 4173) + 1000;
const distA = resolve('dist');
const distB = resolve('dist-b');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
test.use({ baseURL: `http://localhost:${port}` });

let server: Awaited<ReturnType<typeof startSwapServer>>;

test.beforeAll(async () => {
  if (!existsSync(distA) || !existsSync(distB)) {
    throw new Error(
      'Build both versions first: npm run build && node scripts/build-next-version.mjs',
    );
  }
  server = await startSwapServer(port, distA);
});

test.afterAll(async () => {
  await server.close();
});

const prompt = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'A new version is ready.' });

/** Waits until the service worker controls `page`, as it does after the first visit. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Marks the document, so a reload (which makes a new one) can be told apart from none. */
async function mark(page: Page) {
  await page.evaluate(() => {
    document.documentElement.dataset.sameDocument = 'yes';
  });
}
const unmarked = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.sameDocument === undefined);

/** Settles within `ms`, so a failure message never waits on a page that no longer answers. */
function within<T>(ms: number, work: Promise<T>, late: string): Promise<T | string> {
  return Promise.race([
    work,
    new Promise<string>((done) => {
      setTimeout(() => {
        done(late);
      }, ms);
    }),
  ]);
}

/** What the service worker registration holds, for a failure message. */
const workers = (page: Page) =>
  within(
    3_000,
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const state = (worker: ServiceWorker | null | undefined) => worker?.state ?? 'none';
      return `active ${state(registration?.active)}, waiting ${state(registration?.waiting)}, installing ${state(registration?.installing)}, controlled ${String(navigator.serviceWorker.controller !== null)}`;
    }),
    'no answer in 3 s',
  ).catch((error: unknown) => `unreadable (${String(error)})`);

/** What each page said (console, errors, crash), for a failure message. */
function listen(page: Page, name: string, log: string[]) {
  const at = () => new Date().toISOString().slice(11, 23);
  page.on('console', (message) => log.push(`${at()} ${name} ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => log.push(`${at()} ${name} error: ${error.message}`));
  page.on('crash', () => log.push(`${at()} ${name} crashed`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) log.push(`${at()} ${name} navigated`);
  });
}

/** Presses Reload on the prompt and waits for a new document; says what happened if none came. */
async function pressReload(page: Page, log: string[]) {
  await prompt(page).getByRole('button', { name: 'Reload' }).click();
  try {
    await expect
      .poll(() => within(2_000, unmarked(page), 'no answer').catch(() => false), {
        timeout: 20_000,
      })
      .toBe(true);
  } catch (error) {
    throw new Error(
      `No reload after Reload; service workers: ${await workers(page)}; ` +
        `requests: ${server.recentRequests()}; pages: ${log.join(' | ')}`,
      { cause: error },
    );
  }
  await page.waitForLoadState('load');
}

test('Reload in one tab reloads only that tab; the other keeps its input and, once it reloads, its draft', async ({
  page,
  context,
}) => {
  // Two service worker installs and three page loads: more than one screen's worth of work.
  test.setTimeout(90_000);
  const said: string[] = [];
  listen(page, 'first tab', said);
  // Version A installed by a first visit, then in two tabs, each with a form half filled.
  await page.goto('/');
  await controlled(page);
  await page.goto('/log/new');
  const log = new LogForm(page);
  await log.tapSeverity(4);

  const other = await context.newPage();
  listen(other, 'other tab', said);
  const checkin = new CheckinForm(other);
  await checkin.open();
  await controlled(other);
  await checkin.tapPain(3);
  await other.getByLabel(/Notes/).fill('Stiff after the long drive');
  await mark(page);
  await mark(other);
  // Resolves in the other tab once the new version has taken it over.
  await other.evaluate(() => {
    const sw = navigator.serviceWorker;
    (window as unknown as { takenOver: Promise<void> }).takenOver = new Promise((done) => {
      sw.addEventListener('controllerchange', () => {
        done();
      });
    });
  });

  // Version B is deployed; both tabs hear of it and ask.
  server.deploy(distB);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect(prompt(page)).toBeVisible({ timeout: 15_000 });
  await expect(prompt(other)).toBeVisible();

  // Reload in the first tab: it reloads into version B, its draft back.
  await pressReload(page, said);
  await expect(log.severityGroup().getByRole('radio', { name: '4' })).toBeChecked();

  // The other tab was taken over by version B but not reloaded: everything typed is still there.
  await other.evaluate(() => (window as unknown as { takenOver: Promise<void> }).takenOver);
  await expect(prompt(other)).toBeVisible();
  expect(await unmarked(other)).toBe(false);
  await expect(checkin.painGroup().getByRole('radio', { name: '3' })).toBeChecked();
  await expect(other.getByLabel(/Notes/)).toHaveValue('Stiff after the long drive');
  await page.getByRole('link', { name: 'More' }).click();
  await expect(page.getByText(`Version ${version}-b`)).toBeVisible();

  // Its own Reload loads version B, and the check-in comes back as it was.
  await pressReload(other, said);
  await expect(checkin.painGroup().getByRole('radio', { name: '3' })).toBeChecked();
  await expect(other.getByLabel(/Notes/)).toHaveValue('Stiff after the long drive');
  await expect(prompt(other)).toBeHidden();
  await other.getByRole('link', { name: 'More' }).click();
  await expect(other.getByText(`Version ${version}-b`)).toBeVisible();
  await other.close();
});
