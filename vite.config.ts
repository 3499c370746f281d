import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy of the built page: scripts only from the site's own files, never
 * inline and never from a string (no eval, no new Function).
 * - style-src allows 'unsafe-inline' because KaTeX writes its layout as style="…" attributes in the
 *   HTML it returns, which the page sets with innerHTML; with style-src 'self' alone the browser
 *   drops about 400 of them and exponents fall below the line. Styles cannot run code.
 * - img-src allows data: for the canvas layers inside an exported SVG, and blob: for
 *   the exported picture drawn into a PNG; font-src allows data: because the build inlines KaTeX's
 *   smallest fonts (under 4 KB) into its CSS.
 * - frame-ancestors (who may put the page in a frame) is ignored in a <meta> tag: only a response
 *   header from the host can set it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Only the build gets the policy: the dev server injects an inline script for React's fast
 * refresh, which the policy would refuse.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative asset paths: the built site works from any static host and from a sub-folder.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  server: { port: 5173 },
  // Workers are modules, as the page's own code is.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // Files share worker threads without a fresh module graph each: 26 s instead of 66 s here.
    // Tests hold no state between files (each renders with a fresh store, and the few module
    // stores are reset after each test); runs in shuffled orders pass alike.
    pool: 'threads',
    isolate: false,
    // A limit for hangs, not for speed: beside tsc and ESLint on a busy machine, the first ESLint
    // load in layers.test.ts and the pair table's 400 rows took 12 s (about 1 s alone).
    testTimeout: 30_000,
  },
});
