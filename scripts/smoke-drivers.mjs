// The two WebDriver clients the cross-browser smoke (scripts/smoke-browsers.mjs) drives, behind
// one small interface, so the smoke's steps are written once:
//   Firefox ESR through puppeteer-core's WebDriver BiDi (no geckodriver needed);
//   WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver) with selenium-webdriver,
//   on a virtual display (xvfb-run) when there is none. WebKitGTK stands in for Safari: the same
//   engine family as every iPhone browser, the only one a Linux machine can run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
].find((path) => path && existsSync(path));

/**
 * @typedef {object} Driver
 * @property {string} name
 * @property {(url: string) => Promise<void>} goto
 * @property {() => Promise<void>} reload
 * @property {(expression: string) => Promise<unknown>} run  evaluates a JS expression (awaited)
 * @property {(css: string) => Promise<void>} click  a real click, through the driver
 * @property {(css: string, text: string) => Promise<void>} type  real key presses
 * @property {() => Promise<void>} close
 */

/** @returns {Promise<Driver>} */
export async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // No viewport at launch: see the phone's below.
    defaultViewport: null,
    // Service workers in a fresh profile on http://localhost (a secure context).
    extraPrefsFirefox: {
      'dom.serviceWorkers.enabled': true,
      'dom.serviceWorkers.testing.enabled': true,
    },
  });
  const page = await browser.newPage();
  await phoneViewport(page);
  return {
    name: 'Firefox ESR',
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    run: (expression) => page.evaluate(expression),
    click: (css) => page.click(css),
    type: (css, text) => page.type(css, text),
    close: () => browser.close(),
  };
}

/**
 * The phone's viewport in Firefox, by WebDriver BiDi's own browsingContext.setViewport (on
 * puppeteer-core's frame). Not page.setViewport: it also sends emulation.setScreenOrientationOverride,
 * which Firefox ESR 140 (Debian's) does not know, so the smoke failed before its first step.
 */
async function phoneViewport(page) {
  await page.mainFrame().browsingContext.setViewport({
    viewport: { width: 412, height: 915 },
    devicePixelRatio: null,
  });
  const width = await page.evaluate(() => innerWidth);
  if (width !== 412) throw new Error(`Firefox's viewport is ${String(width)} px wide, not 412`);
}

/** @returns {Promise<Driver>} */
export async function webkit(port) {
  if (!MINIBROWSER)
    throw new Error('WebKitGTK MiniBrowser not found: apt-get install webkit2gtk-driver');
  const { Builder, By } = await import('selenium-webdriver');
  const headless = !process.env.DISPLAY;
  const command = headless ? 'xvfb-run' : WEBKIT_DRIVER;
  const args = [...(headless ? ['-a', WEBKIT_DRIVER] : []), `--port=${port}`];
  const server = spawn(command, args, { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  try {
    await waitFor(`http://127.0.0.1:${port}/status`);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().window().setRect({ width: 412, height: 915 });
    return {
      name: 'WebKitGTK (MiniBrowser)',
      goto: (url) => driver.get(url),
      reload: () => driver.navigate().refresh(),
      run: (expression) => driver.executeScript(`return (${expression});`),
      click: async (css) => {
        await driver.findElement(By.css(css)).click();
      },
      type: async (css, text) => {
        await driver.findElement(By.css(css)).sendKeys(text);
      },
      close: async () => {
        try {
          await driver.quit();
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

async function waitFor(url, tries = 150) {
  for (let attempt = 0; attempt < tries; attempt++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  throw new Error(`Nothing answered at ${url}`);
}
