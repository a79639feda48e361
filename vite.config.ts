/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// One config for the app build and for both test projects:
//  - unit: domain, rules, machines, store (fake-indexeddb) and component tests (jsdom per file);
//  - browser: real headless Chromium (Debian's package) driven by playwright-core against a
//    production build served by `vite preview` (see test/browser/global-setup.ts).
export default defineConfig({
  plugins: [solid()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
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
