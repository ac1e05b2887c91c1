// The interaction half of the browser benchmark (scripts/bench-browser.mjs): with ten years of
// data in IndexedDB, the app opened on Today and left a moment (as a person would look at it),
// then a tap on a link, timed from the tap's pointerdown to the first animation frame after the
// next screen has drawn its content (not its loading line). Each run reloads the app, then taps
// its way through the screens; the medians are printed against the budgets in docs/performance.md, once at full
// speed and once with the CPU slowed 4x (Chromium's CPU throttling, a mid-range phone).

/**
 * The taps, in the order they are made. `from` is where the tap starts ('/' is Today), `tap` the
 * link tapped, `ready` what the next screen shows once drawn with its data.
 */
export const interactions = [
  {
    name: 'Log spasm',
    from: '/',
    tap: 'header a[href="/log/new"]',
    ready: '#main form',
    budgetMs: 100,
  },
  {
    name: 'History (Log)',
    from: '/',
    tap: 'nav a[href="/log"]',
    ready: '#main section[aria-labelledby^="week-"]',
    budgetMs: 100,
  },
  {
    name: 'Check-in',
    from: '/',
    tap: '#main a[href="/checkin"]',
    ready: '#main form',
    budgetMs: 100,
  },
  {
    name: 'Plan',
    from: '/',
    tap: 'nav a[href="/plan"]',
    ready: '#main a[href="/plan/setup"]',
    budgetMs: 100,
  },
  {
    name: 'Session',
    from: '/plan',
    tap: '#main a[href^="/plan/session"]',
    ready: '#main .session',
    budgetMs: 100,
  },
  {
    name: 'Patterns',
    from: '/',
    tap: 'nav a[href="/patterns"]',
    ready: { count: ['#main .uplot canvas', 2] },
    budgetMs: 300,
  },
];

/** Readiness of the screens the taps start from (Today's data, the plan's links). */
const startReady = {
  '/': '#main dl.counts',
  '/plan': '#main a[href^="/plan/session"]',
};

/**
 * In the page: waits for the next pointerdown, then for `ready` to hold with no loading line in
 * #main (ui/loading.tsx), and resolves with the milliseconds from the pointerdown to the first
 * animation frame after that.
 */
function armTapTimer(ready) {
  window.__tap = new Promise((resolve) => {
    let start;
    const loading = () => document.querySelector('#main p.muted[role="status"]') !== null;
    const holds = () =>
      !loading() &&
      (typeof ready === 'string'
        ? document.querySelector(ready) !== null
        : document.querySelectorAll(ready.count[0]).length >= ready.count[1]);
    const observer = new MutationObserver(() => {
      if (start === undefined || !holds()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        resolve(performance.now() - start);
      });
    });
    document.addEventListener(
      'pointerdown',
      (event) => {
        start = event.timeStamp;
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      },
      { capture: true, once: true },
    );
  });
}

async function waitFor(page, selector) {
  await page.locator(selector).first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelector('#main p.muted[role="status"]') === null,
    undefined,
    { timeout: 60_000 },
  );
}

/** How long after Today shows a tap comes: the app's idle-time work has had its chance. */
const LOOK_MS = 3000;

/**
 * Runs every tap of `which` (all by default) `runs` times in `page` (already holding the restored
 * data, the app installed), at `rate`x CPU slow-down; returns the times per interaction name.
 */
export async function timeInteractions(page, runs, rate, which = interactions) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = new Map(which.map((i) => [i.name, []]));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const interaction of which) {
        // A fresh start for each tap, from the service worker's cache: nothing kept in memory
        // from the screen before except what the app itself preloads.
        await page.goto('/', { waitUntil: 'load' });
        await waitFor(page, startReady['/']);
        await page.waitForTimeout(LOOK_MS);
        if (interaction.from !== '/') {
          await page.locator(`nav a[href="${interaction.from}"]`).tap();
          await waitFor(page, startReady[interaction.from]);
          await page.waitForTimeout(300);
        }
        await page.evaluate(armTapTimer, interaction.ready);
        await page.locator(interaction.tap).first().tap();
        const ms = await page.evaluate(() => window.__tap);
        times.get(interaction.name).push(ms);
      }
    }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
  return times;
}
