// Where the main thread's time goes in a cold open (docs/performance.md): restores a backup into
// a fresh Chromium profile as scripts/bench-browser.mjs does, then opens one screen cold in a new
// Chromium process with Chrome's tracing on (timeline and V8's sampling profiler), and prints
// every task over 20 ms before the screen was ready, with what ran inside it (script evaluation
// and compilation by file, functions by self time).
//
//   node scripts/profile-cold-open.mjs --dist DIR --backup FILE [--path /] [--rate 4] [--runs 2]
//     [--port 4195] [--trace FILE]
//
// --trace saves the last run's trace, which Chrome DevTools' Performance panel opens.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findBrowser, playwrightOwnBrowser } from './browser-path.mjs';
import { firstPage, launchPhone, readyByPath, restoreThroughApp } from './phone-profile.mjs';
import { previewServer } from './preview-server.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    backup: { type: 'string' },
    path: { type: 'string', default: '/' },
    rate: { type: 'string', default: '4' },
    runs: { type: 'string', default: '2' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4195' },
    trace: { type: 'string' },
    lines: { type: 'string' },
  },
});
if (!values.dist || !values.backup) {
  console.error('Usage: node scripts/profile-cold-open.mjs --dist DIR --backup FILE [--path /]');
  process.exit(2);
}
const origin = `http://localhost:${values.port}`;

/** In the page: a user-timing mark `profile-ready` when the screen's data is on screen. */
function probe(readyByPath) {
  const ready = readyByPath[location.pathname];
  if (!ready) return;
  const holds = () =>
    ready.all
      ? ready.all.every((selector) => document.querySelector(selector) !== null)
      : document.querySelectorAll(ready.count[0]).length >= ready.count[1];
  const observer = new MutationObserver(() => {
    if (window.__profileReady !== undefined || !holds()) return;
    observer.disconnect();
    window.__profileReady = performance.now();
    performance.mark('profile-ready');
    // Heard by Playwright without running its injected script in the page, which would add a
    // task of its own to the trace (scripts/bench-browser.mjs).
    console.debug('profile-ready');
  });
  observer.observe(document, { childList: true, subtree: true });
}

const executablePath = findBrowser()?.executablePath ?? (await playwrightOwnBrowser());
const profile = mkdtempSync(join(tmpdir(), 'steadyback-profile-'));
const server = previewServer(resolve(values.dist), values.port);

const launch = async () => {
  const context = await launchPhone(profile, { executablePath, origin });
  await context.addInitScript(probe, readyByPath);
  return context;
};
/** Opens --path and waits for the probe's console message. */
async function openAndWait(page) {
  const ready = page.waitForEvent('console', {
    predicate: (message) => message.text() === 'profile-ready',
    timeout: 60_000,
  });
  await page.goto(values.path, { waitUntil: 'commit' });
  await ready;
}

async function restore() {
  const context = await launch();
  try {
    const page = await firstPage(context);
    await restoreThroughApp(page, values.backup);
    for (const path of Object.keys(readyByPath)) {
      await page.goto(path);
      await page.waitForFunction(() => window.__profileReady !== undefined);
    }
  } finally {
    await context.close();
  }
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
  'IndexedDB',
  'fonts',
].join(',');

/**
 * --lines NAME: V8's sampling profiler (CDP Profiler) instead of a trace, with line ticks: the
 * lines of the files whose name contains NAME that took the most samples before the screen was
 * ready (a module's top level shows as one function, so only its lines say which statement).
 */
async function profileLines() {
  const context = await launch();
  try {
    const page = await firstPage(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await openAndWait(page);
    const { profile } = await cdp.send('Profiler.stop');
    const lines = new Map();
    for (const node of profile.nodes) {
      if (!node.callFrame.url.includes(values.lines)) continue;
      const name = `${node.callFrame.functionName || '(top level)'} ${node.callFrame.url.replace(/^.*\//, '')}`;
      for (const { line, ticks } of node.positionTicks ?? []) {
        const key = `${name}:${line}`;
        lines.set(key, (lines.get(key) ?? 0) + ticks);
      }
    }
    const total = profile.samples.length;
    console.log(`  ${total} samples; lines of ${values.lines} with the most:`);
    for (const [key, ticks] of [...lines.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      console.log(`    ${String(ticks).padStart(5)}  ${key}`);
    }
  } finally {
    await context.close();
  }
}

async function traceColdOpen() {
  const context = await launch();
  try {
    const page = await firstPage(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    await openAndWait(page);
    await page.waitForTimeout(200);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await context.close();
  }
}

const ms = (us) => `${(us / 1000).toFixed(1)} ms`;

/** The samples of V8's profiler on one thread, as [time, function label] pairs. */
function samples(events, pid, tid) {
  const profiles = new Set(
    events
      .filter((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid)
      .map((event) => event.id),
  );
  const start = events.find((event) => event.name === 'Profile' && profiles.has(event.id));
  const nodes = new Map();
  const out = [];
  let time = start?.args?.data?.startTime ?? 0;
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== pid || !profiles.has(event.id)) continue;
    const data = event.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const file = url ? url.replace(/^.*\//, '') : '';
      const where = file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : '';
      nodes.set(node.id, `${functionName || '(anonymous)'}${where}`);
    }
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      time += deltas[i] ?? 0;
      out.push([time, nodes.get(ids[i]) ?? '?']);
    }
  }
  return out;
}

function report(events) {
  const main = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      events.some((e) => e.pid === event.pid && e.name === 'profile-ready'),
  );
  if (!main) throw new Error('No renderer thread with the ready mark in the trace');
  const { pid, tid } = main;
  const onMain = events.filter((event) => event.pid === pid && event.tid === tid);
  const navigation =
    onMain.find((event) => event.name === 'navigationStart')?.ts ??
    Math.min(...onMain.filter((event) => event.ts > 0).map((event) => event.ts));
  const ready = events.find((event) => event.pid === pid && event.name === 'profile-ready').ts;
  console.log(`  ready at ${ms(ready - navigation)} after navigation start`);
  const tasks = onMain.filter(
    (event) =>
      event.ph === 'X' &&
      (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
      event.dur > 20_000 &&
      event.ts < ready,
  );
  const sampled = samples(events, pid, tid);
  for (const task of tasks) {
    const end = task.ts + task.dur;
    console.log(`  task at ${ms(task.ts - navigation)}: ${ms(task.dur)}`);
    const inside = onMain.filter(
      (event) =>
        event.ph === 'X' &&
        event.ts >= task.ts &&
        event.ts + (event.dur ?? 0) <= end &&
        event !== task &&
        (event.dur ?? 0) > 2_000,
    );
    for (const event of inside.slice(0, 25)) {
      const data = event.args?.data ?? event.args ?? {};
      const what =
        data.url ??
        data.fileName ??
        data.functionName ??
        data.type ??
        data.stackTrace?.[0]?.url ??
        '';
      console.log(
        `     ${ms(event.dur).padStart(9)} ${event.name} ${String(what).replace(/^.*\//, '')}`,
      );
    }
    const self = new Map();
    for (const [time, label] of sampled) {
      if (time >= task.ts && time <= end) self.set(label, (self.get(label) ?? 0) + 1);
    }
    const top = [...self.entries()]
      .filter(([label]) => label !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    if (top.length) console.log(`     samples: ${top.map(([l, n]) => `${l} x${n}`).join('; ')}`);
  }
}

try {
  server.start();
  await server.up();
  await restore();
  const runs = Number(values.runs);
  for (let run = 1; run <= runs && values.lines; run++) await profileLines();
  for (let run = 1; run <= runs && !values.lines; run++) {
    const events = await traceColdOpen();
    console.log(`Run ${run}, ${values.path} at ${values.rate}x CPU:`);
    report(events);
    if (run === runs && values.trace)
      writeFileSync(values.trace, JSON.stringify({ traceEvents: events }));
  }
} finally {
  server.stop();
  rmSync(profile, { recursive: true, force: true });
}
