import { readFileSync } from 'node:fs';

/** The version in package.json, shown in the app (More) as `__APP_VERSION__`. */
export const appVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
  .version;

/** Vite's `define` for the version: the app, the prerender and Vitest all read it. */
export const appVersionDefine = { __APP_VERSION__: JSON.stringify(appVersion) };
