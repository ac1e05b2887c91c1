import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const sha256 = (script: string) =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The bodies of the inline scripts (no attributes, so no src) in `html`, in document order. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

/** The policy: only the app's own origin, and no inline script but those pinned by hash. */
export function policyFor(scripts: readonly string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts.map(sha256)].join(' '),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * A strict Content-Security-Policy in the production index.html: the app's own origin only (no
 * request elsewhere, no font or script from another origin), and the inline scripts the HTML
 * holds by then (the prerender's two) pinned by hash. Must come after `prerenderFirstScreen`.
 * Build only: Vite's dev server injects inline scripts for hot reloading.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'steadyback-csp',
    apply: 'build',
    transformIndexHtml: (html) => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policyFor(inlineScripts(html)) },
        injectTo: 'head-prepend',
      },
    ],
  };
}
