// Fails early, in one sentence, when no browser for the end-to-end tests can be found.
import { findBrowser, playwrightOwnBrowser } from './browser-path.mjs';

if (!findBrowser() && !(await playwrightOwnBrowser())) {
  console.error(
    "No Chromium found for the end-to-end tests: install Debian's (sudo apt-get install chromium), set CHROME_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium`.",
  );
  process.exit(1);
}
