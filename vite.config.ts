/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP_HEADER, CSP_META } from './src/pwa/csp.ts';

// The built index.html carries the CSP as a meta element. Only in the build: the dev server injects
// inline styles for hot reload, which the policy (rightly) refuses.
const cspMeta: Plugin = {
  name: 'riskcase-csp-meta',
  apply: 'build',
  // Right after <meta charset>: a CSP meta governs only what comes after it.
  transformIndexHtml(html) {
    const charset = /<meta charset="UTF-8" \/>/;
    if (!charset.test(html)) throw new Error('index.html: <meta charset="UTF-8" /> not found; the CSP meta goes after it');
    return html.replace(charset, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`);
  },
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// One config for the app build and for both test projects:
//  - unit: domain, rules, machines, store (fake-indexeddb) and component tests (jsdom per file);
//  - browser: real headless Chromium (Debian's package) driven by playwright-core against a
//    production build served by `vite preview` (see test/browser/global-setup.ts).
export default defineConfig({
  plugins: [
    solid(),
    cspMeta,
    // Offline: the app, every lazily loaded page chunk and the built-in rule texts (bundled into
    // the chunks) are precached. `prompt`: a new version waits until the user chooses to reload,
    // so a half-filled form is never reloaded under them (src/pwa/register.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Riskcase',
        short_name: 'Riskcase',
        description: 'Product-safety risk assessment and RAPEX case building',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#123c69',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest,woff2}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control at once (nothing to reload); later versions wait.
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: read by scripts/check-budget.mjs.
    manifest: true,
  },
  preview: {
    headers: SECURITY_HEADERS,
  },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        resolve: {
          // @xstate/solid under jsdom otherwise loads Solid's server build and a second copy.
          conditions: ['module', 'browser', 'development'],
        },
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          setupFiles: ['test/setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
