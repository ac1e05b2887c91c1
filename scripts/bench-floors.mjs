// The floors under the cold-open budgets (docs/performance.md, "Floors"): what this machine's
// browser costs before the app's own code could make any difference, measured the way
// scripts/bench-browser.mjs opens the app (a new Chromium process, the phone, the CPU slowed where
// said), so the app's figures can be read against them on any machine.
//   - an empty page: the browser's own longest task (the document's set-up and first layout);
//   - React alone: the longest task of a page that only evaluates the build's React and React DOM
//     (the design's UI library, evaluated in one task however the app splits its own code);
//   - the database alone: a page at the app's origin, on the bench's profile with ten years of data
//     but no service worker and no app, that opens IndexedDB and reads every check-in. Today
//     cannot show its data, nor Patterns its charts, before the database is open and read.
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { firstPage, launchPhone } from './phone-profile.mjs';

const FLOOR_MESSAGE = 'steadyback-bench-floor';

// Runs before the page's own scripts: keeps its long tasks (over 50 ms of main thread) and, from
// the Long Animation Frames API, the longest script run and its compiling on the main thread.
function keepLongTasks() {
  window.__longTasks = [];
  window.__longestScript = { duration: 0, compile: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const script of list.getEntries().flatMap((frame) => frame.scripts)) {
      if (script.duration <= window.__longestScript.duration) continue;
      window.__longestScript = {
        duration: script.duration,
        compile: script.executionStart - script.startTime,
        file: script.sourceURL.replace(/^.*\//, ''),
      };
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** An HTTP server on `port` (0: any) answering `respond(path)` ({ type, body }), or 404. */
async function floorServer(port, respond) {
  const server = createServer((request, response) => {
    const answer = respond(new URL(request.url, 'http://localhost').pathname);
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': answer.type, ...(answer.headers ?? {}) })
      .end(answer.body);
  });
  await new Promise((resolve) => server.listen(Number(port), 'localhost', resolve));
  return {
    origin: `http://localhost:${String(server.address().port)}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const page = (script) => ({
  type: 'text/html',
  body: `<!doctype html><html lang="en"><title>Floor</title><p>Floor</p>${script}</html>`,
});

/**
 * Opens `path` cold `runs` times on `profile` with the CPU slowed `rate` times; returns, per run,
 * the longest task and what the page put in window.__floor (its script says when by logging
 * FLOOR_MESSAGE; a page without one is read after load and a second).
 */
async function openCold({ executablePath, origin, profile, path, runs, rate, waitsForMessage }) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const context = await launchPhone(profile, { executablePath, origin });
    try {
      await context.addInitScript(keepLongTasks);
      const tab = await firstPage(context);
      if (rate > 1) {
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      }
      const told = waitsForMessage
        ? tab.waitForEvent('console', {
            predicate: (message) => message.text() === FLOOR_MESSAGE,
            timeout: 60_000,
          })
        : undefined;
      await tab.goto(path, { waitUntil: 'load' });
      if (told) await told;
      await tab.waitForTimeout(1000);
      results.push(
        await tab.evaluate(() => ({
          longestTask: Math.max(0, ...window.__longTasks),
          longestScript: window.__longestScript,
          ...window.__floor,
        })),
      );
    } finally {
      await context.close();
    }
  }
  return results;
}

/** An empty page (no CSS, no script) on a profile of its own: its longest task per run. */
export async function emptyPageFloor({ executablePath, profile, runs, rate }) {
  const server = await floorServer(0, (path) => (path === '/' ? page('') : undefined));
  try {
    const results = await openCold({
      executablePath,
      origin: server.origin,
      profile,
      path: '/',
      runs,
      rate,
    });
    return results.map((result) => result.longestTask);
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * A page that only imports the build's React and React DOM (src/app/react-runtime.ts, as
 * src/main.tsx does first), on a profile of its own. Per run: the longest task, and the longest
 * script run (React DOM's evaluation) with its compiling on the main thread.
 */
export async function reactFloor({ executablePath, profile, runs, rate, dist }) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const runtime = manifest['src/app/react-runtime.ts']?.file;
  if (!runtime) throw new Error('No src/app/react-runtime.ts in the build manifest.');
  const server = await floorServer(0, (path) => {
    if (path === '/') {
      return page(
        `<script type="module">import('/${runtime}').then(() => console.debug('${FLOOR_MESSAGE}'));</script>`,
      );
    }
    if (!/^\/assets\/[\w.-]+\.js$/.test(path)) return undefined;
    // Cached as the app's files are (by its service worker), so that V8's code cache is used.
    return {
      type: 'text/javascript',
      body: readFileSync(join(dist, path)),
      headers: { 'cache-control': 'public, max-age=31536000, immutable' },
    };
  });
  try {
    // Two opens first, not counted: Chromium keeps a script's compiled code from its second load
    // on, as the app's service worker cache does from its install.
    const open = (count) =>
      openCold({
        executablePath,
        origin: server.origin,
        profile,
        path: '/',
        runs: count,
        rate,
        waitsForMessage: true,
      });
    await open(2);
    return await open(runs);
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The database alone: on `profile` (the bench's, ten years restored) with its service worker
 * removed, a page served at the app's origin (`port`, so the same IndexedDB) that opens the app's
 * database and reads every check-in, with nothing else running. Per run, from navigation start:
 * when the page asked, when the database was open and when the check-ins were read. The profile's
 * service worker is deleted: call this last.
 */
export async function databaseFloor({ executablePath, profile, runs, port, databaseName }) {
  rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
  const script = `<script>
    const asked = performance.now();
    const opening = indexedDB.open(${JSON.stringify(databaseName)});
    opening.onsuccess = () => {
      const open = performance.now();
      const read = opening.result.transaction('checkins').objectStore('checkins').getAll();
      read.onsuccess = () => {
        window.__floor = { asked, open, read: performance.now(), checkins: read.result.length };
        console.debug('${FLOOR_MESSAGE}');
      };
    };
  </script>`;
  const server = await floorServer(port, (path) => (path === '/floor' ? page(script) : undefined));
  try {
    return await openCold({
      executablePath,
      origin: server.origin,
      profile,
      path: '/floor',
      runs,
      rate: 1,
      waitsForMessage: true,
    });
  } finally {
    await server.close();
  }
}
