// The cross-browser smoke: the app's main flows in Firefox ESR and in WebKitGTK (standing in for
// Safari: the engine family of every iPhone browser), besides the full Playwright suite in
// Chromium. Drives Debian's browsers through WebDriver (scripts/smoke-drivers.mjs) against the
// production build served by `vite preview`:
//   Today renders; a spasm logged is found in the log after a reload; a check-in, then Patterns
//   with its charts; a plan set up, then a set done in the session; a backup offered as a
//   download, holding the spasm; the service worker controlling the page; a reload offline with
//   the server stopped.
//
//   npm run test:smoke                       both engines, dist/
//   node scripts/smoke-browsers.mjs firefox  one engine (firefox | webkit)
//   SMOKE_DIST=DIR SMOKE_PORT=N              another build, another port
//
// Needs: apt-get install firefox-esr webkit2gtk-driver xvfb (.ci/run installs them when missing).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { previewServer } from './preview-server.mjs';
import { firefox, FIREFOX, webkit, WEBKIT_DRIVER } from './smoke-drivers.mjs';

const dist = resolve(process.env.SMOKE_DIST ?? 'dist');
const port = Number(process.env.SMOKE_PORT ?? process.env.E2E_PORT ?? 4195);
const server = previewServer(dist, port);
const { origin } = server;
const engines = { firefox: () => firefox(), webkit: () => webkit(port + 1) };
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(engines);

for (const [engine, binary] of [
  ['firefox', FIREFOX],
  ['webkit', WEBKIT_DRIVER],
]) {
  if (chosen.includes(engine) && !existsSync(binary)) {
    console.error(`${binary} is missing: apt-get install firefox-esr webkit2gtk-driver xvfb`);
    process.exit(1);
  }
}
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No build in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}

// In the page: find things by the words a person reads, and mark the one to click.
const helpers = `
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (by) return by.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    return el.querySelector('legend')?.textContent ?? '';
  };
  const group = (re) => [...document.querySelectorAll('[role=radiogroup],[role=group],fieldset')]
    .find((g) => re.test(nameOf(g)));
  const withText = (root, css, text) => root && [...root.querySelectorAll(css)]
    .find((e) => (typeof text === 'string' ? e.textContent.trim() === text : text.test(e.textContent.trim())));
  // Clickable only where nothing (the bottom navigation, a toast) covers its middle.
  const uncovered = (el) => {
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && (el === top || el.contains(top) || top.contains(el));
  };
  const mark = (el) => {
    if (!el) return false;
    document.querySelectorAll('[data-smoke]').forEach((e) => e.removeAttribute('data-smoke'));
    el.setAttribute('data-smoke', '');
    el.scrollIntoView({ block: 'center' });
    if (!uncovered(el)) el.scrollIntoView({ block: 'start' });
    return uncovered(el);
  };
  const main = () => document.querySelector('#main');
  const heading = () => main()?.querySelector('h1')?.textContent.trim();
`;
// Elements are not sent back: an element found is `true`.
const inPage = (body) =>
  `(async () => { ${helpers} const found = await (async () => { ${body} })(); return found instanceof Node ? true : found; })()`;

async function until(driver, what, body, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await driver.run(inPage(body));
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
}

/** Marks the element `find` (an in-page expression) returns, then clicks it for real. */
async function tap(driver, what, find) {
  for (let attempt = 1; ; attempt++) {
    await until(driver, what, `return mark(${find});`);
    try {
      await driver.click('[data-smoke]');
      return;
    } catch (error) {
      // React replaced the element between marking and clicking: find it again.
      if (attempt === 5) throw error;
      await new Promise((done) => setTimeout(done, 200));
    }
  }
}

/**
 * Taps an answer of a choice group and checks that it is chosen. The session screen once drew the
 * lighter-session offer after its first set, pushing the answers down under the tap (a WebKit run
 * chose nothing); it now draws both together, and this check fails if anything moves them again.
 */
async function choose(driver, what, legend, label) {
  await tap(driver, what, `withText(group(${legend}), 'label, label *', '${label}')`);
  await until(driver, `${what} chosen`, `return group(${legend})?.querySelector('input:checked');`);
}

const steps = [
  [
    'Today renders',
    async (d) => {
      await d.goto(`${origin}/`);
      await until(
        d,
        'Today',
        "return heading() === 'Today' && main().querySelector('#checkin-card-heading');",
      );
    },
  ],
  [
    'log a spasm, find it after a reload',
    async (d) => {
      await tap(d, 'Log spasm', `document.querySelector('header a[href="/log/new"]')`);
      await tap(d, 'severity 4', "withText(group(/How bad is it/), 'label, label *', '4')");
      await tap(d, 'Save', "withText(main(), 'button', 'Save')");
      await until(d, 'back on Today', "return location.pathname === '/' && heading() === 'Today';");
      await d.reload();
      await until(d, 'Today again', "return heading() === 'Today';");
      await tap(d, 'Log', `document.querySelector('nav a[href="/log"]')`);
      await until(
        d,
        'the spasm in the log',
        'return main().querySelector(\'section[aria-labelledby^="week-"]\');',
      );
    },
  ],
  [
    'check in, then Patterns with its charts',
    async (d) => {
      await d.goto(`${origin}/checkin`);
      await tap(d, 'pain 2', "withText(group(/How is your back today/), 'label, label *', '2')");
      await tap(d, 'Save check-in', "withText(main(), 'button', 'Save check-in')");
      await until(d, 'back on Today', "return location.pathname === '/';");
      await tap(d, 'Patterns', `document.querySelector('nav a[href="/patterns"]')`);
      await until(
        d,
        'two charts drawn',
        "return heading() === 'Patterns' && main().querySelectorAll('.uplot canvas').length >= 2;",
      );
    },
  ],
  [
    'set up a plan, do a set in the session',
    async (d) => {
      await d.goto(`${origin}/plan/setup`);
      await tap(
        d,
        'equipment',
        "withText(group(/Equipment you have/), 'label, label *', 'No equipment')",
      );
      await tap(d, 'Save plan', "withText(main(), 'button', 'Save plan')");
      await until(d, 'the plan', "return location.pathname === '/plan';");
      await d.goto(`${origin}/plan/session`);
      await choose(d, 'effort', '/How hard was it/', 'Easy');
      await choose(d, 'pain', '/Pain during the set/', '1');
      await tap(d, 'Done', "withText(main(), 'button', /^Done: /)");
      await until(
        d,
        'the set saved',
        "return document.querySelector('[role=timer]') || /Set 2 of/.test(main().textContent);",
        30_000,
      );
    },
  ],
  [
    'back up: a file offered for download, holding the spasm',
    async (d) => {
      await d.goto(`${origin}/backup`);
      // The download itself is the browser's: the smoke checks what the app offers to it.
      await until(
        d,
        'the backup form',
        `if (!withText(main(), 'button', 'Back up now')) return false;
         window.__offered = [];
         Object.defineProperty(navigator, 'canShare', { configurable: true, value: undefined });
         const blobs = new Map();
         const createObjectURL = URL.createObjectURL;
         URL.createObjectURL = (blob) => {
           const url = createObjectURL.call(URL, blob);
           blobs.set(url, blob);
           return url;
         };
         const click = HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () {
           if (this.download) window.__offered.push({ name: this.download, blob: blobs.get(this.href) });
           else click.call(this);
         };
         return true;`,
      );
      await tap(d, 'Back up now', "withText(main(), 'button', 'Back up now')");
      await until(
        d,
        'a backup file with the spasm',
        `const file = window.__offered[0];
         if (!file || !file.name.endsWith('.json')) return false;
         const backup = JSON.parse(await file.blob.text());
         return JSON.stringify(backup).includes('"severity":4');`,
      );
    },
  ],
  [
    'the service worker controls the page',
    async (d) => {
      await d.goto(`${origin}/`);
      await until(d, 'control', 'return navigator.serviceWorker?.controller != null;', 30_000);
    },
  ],
  [
    'reload offline, the server stopped',
    async (d) => {
      server.stop();
      await server.down();
      await d.reload();
      await until(d, 'Today offline', "return heading() === 'Today';");
      await d.goto(`${origin}/patterns`);
      await until(d, 'Patterns offline', "return heading() === 'Patterns';");
    },
  ],
];

let passed = 0;
let failed = 0;
for (const engine of chosen) {
  server.start();
  await server.up();
  let driver;
  try {
    driver = await engines[engine]();
    console.log(`\n${driver.name}`);
    for (const [name, run] of steps) {
      const started = Date.now();
      try {
        await run(driver);
        passed++;
        console.log(`  ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed++;
        console.log(`  FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
        const seen = await driver
          .run(
            "location.pathname + ': ' + (document.querySelector('#main')?.innerText ?? '').slice(0, 600)",
          )
          .catch(() => 'nothing readable');
        console.log(`       on screen: ${String(seen).replace(/\s+/g, ' ')}`);
        break; // later steps build on this one
      }
    }
  } catch (error) {
    failed++;
    console.log(
      `  FAIL ${engine} did not start: ${error instanceof Error ? error.message : error}`,
    );
  } finally {
    await driver?.close().catch(() => undefined);
    server.stop();
    await server.down().catch(() => undefined);
  }
}
console.log(`\nsmoke: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
