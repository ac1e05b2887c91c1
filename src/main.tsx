// The entry: deliberately tiny. index.html already holds the first screen (prerendered at build
// time, see src/app/prerender.tsx) and its stylesheet, so the browser paints it before any other
// JavaScript is fetched; the app (React, the router, the shell) and Today's data chunk (zod, the
// queries) are fetched together after that first paint, so they never hold it up, and the app
// starts as soon as it arrives.
import './app/styles.css';
import './ui/themes.css';
// Today's styles belong in the stylesheet index.html loads: its prerendered lead uses them.
import './features/today/today.css';
// The chosen theme is applied before the first paint by index.html's inline script (production
// build, see src/app/prerender.tsx); in the dev server, once the settings are read.

// The prerendered Today is in #root only at "/" (index.html's inline script clears it elsewhere).
const prerendered = (document.getElementById('root')?.childElementCount ?? 0) > 0;

// One frame first, so the prerendered screen is painted before React's code is evaluated (a
// hidden tab paints nothing, and a deep link has nothing to paint yet: they start at once).
if (prerendered && document.visibilityState !== 'hidden') {
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}
// Over the prerendered Today, React on its own first, then the app, each evaluated in a task of
// its own: together they made one task of about 100 ms with the CPU slowed 4x, the longest before
// Today was usable (docs/performance.md). A deep link has nothing on screen yet, so it fetches
// everything at once instead (React is then evaluated with the app).
if (prerendered) {
  await import('./app/react-runtime');
  await new Promise((resolve) => setTimeout(resolve, 0));
}
const app = import('./app/start');
// IndexedDB opens while React renders the frame, so the first read does not wait for it. Today
// reads it once without Dexie (Dexie's 29 kB load after its data shows: src/data/today/today-queries.ts);
// every other screen reads through Dexie at once.
if (prerendered) {
  // In a task of its own: starting an import appends a preload link for each of its chunks, and
  // all of them in one task made a long task with the CPU slowed 4x (docs/performance.md).
  setTimeout(() => {
    void import('./data/today/today-queries').then((today) => {
      today.startOpeningForToday();
    });
    void import('./features/today/today-summary');
  }, 0);
} else {
  void import('./data/open-database').then((database) => {
    database.startOpeningDatabase();
  });
}
(await app).start(prerendered);
