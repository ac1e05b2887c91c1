import { readFileSync } from 'node:fs';

const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
  .version;

/**
 * The version shown in the app (More) as `__APP_VERSION__`: package.json's, unless
 * STEADYBACK_VERSION names a build apart from it (the update e2e test deploys two builds that
 * differ only by it, scripts/build-two-versions.mjs).
 */
export const appVersion = process.env.STEADYBACK_VERSION ?? packageVersion;

/** Vite's `define` for the version: the app, the prerender and Vitest all read it. */
export const appVersionDefine = { __APP_VERSION__: JSON.stringify(appVersion) };
