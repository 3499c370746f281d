import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * The service worker (Workbox, generated at build time) keeps every file the page can need, so
 * that after one visit it opens with no network: the page, its code chunks and workers, the
 * article, KaTeX's fonts and the digits data, which the page itself fetches only when the reader
 * reaches that section. KaTeX's CSS names each font as woff2 first, a format every browser with
 * service workers reads, so its woff and ttf copies are left out (about 700 KB never used).
 *
 * A new version waits ('prompt') until the reader chooses to reload: it never swaps itself in
 * mid-lesson. The page registers the worker from its own module (src/app/main.tsx), as the
 * Content-Security-Policy allows no inline script; the development server gets no worker.
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Contrastive loss, hands on',
      short_name: 'Contrastive loss',
      description:
        'Drag embedding points and watch contrastive loss, the margin and the gradients answer live.',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#fbfaf7',
      icons: [
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // The glob below already holds the icons; listed twice, they would be fetched twice.
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,woff2,svg,png}', 'data/*.gz'],
      // Only the page itself (its folder, index.html, with any query) falls back to the kept
      // index.html: a host may serve other files beside it (a PDF of slides, data/README.md),
      // and a visit to one of them must not get the page instead.
      navigateFallbackAllowlist: [/\/(index\.html)?(\?[^/]*)?$/],
    },
  });
}

export default defineConfig({
  // Relative asset paths: the built site works from any static host and from a sub-folder.
  base: './',
  plugins: [react(), contentSecurityPolicy(), offline()],
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
