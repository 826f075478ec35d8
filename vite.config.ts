import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';
import { locales } from './scripts/vite-plugin-locales.ts';

/** A module of src/ whose path starts with one of `paths`. */
const under =
  (...paths: string[]) =>
  (id: string) =>
    paths.some((p) => id.includes(`/src/${p}`));

/**
 * The chunks pages and the worker share. Each file an entry loads costs it a few hundred bytes of
 * compression, so the code each needs at start-up comes in a few chunks named for what they hold
 * (scripts/bundle-sizes.mjs measures them). A group takes the modules it names and what those
 * import, unless a group of higher priority took them first.
 */
const CHUNK_GROUPS = [
  // Data lists: otherwise the bundler may fold them into a chunk the worker loads.
  { name: 'checklist-data', test: under('data/checklist'), priority: 60 },
  { name: 'exercise-data', test: under('data/exercises'), priority: 60 },
  // Everywhere: the browser API and the words.
  { name: 'browser', test: /webextension-polyfill|\/src\/platform\/(browser|i18n)\.ts/, priority: 50 },
  // Every page, not the worker: Preact, the theme's styles (in a chunk with code, so they come
  // before each page's own) and what every page calls as it starts.
  {
    name: 'page-base',
    test: (id: string) =>
      /\/preact\/(dist|jsx-runtime)\//.test(id) || under('ui/theme.css', 'ui/localize-page', 'ui/disclaimer-text')(id),
    priority: 40,
  },
  // The popup, the pages and the worker: the settings in effect, the engine's state and the status.
  {
    name: 'status',
    test: under('platform/settings-store', 'platform/engine-read', 'core/schedule/status', 'shared/status-text'),
    priority: 30,
  },
  // The pages and the worker, not the popup's first paint: the history and the checklist's state.
  { name: 'records', test: under('platform/history-store', 'platform/checklist-store'), priority: 20 },
  // The popup and the pages, not the worker: hooks, live storage reads, actions, tabs, and Vite's
  // loader for the parts a page fetches later.
  {
    name: 'page-ui',
    test: (id: string) =>
      /\/preact\/hooks\/|vite\/preload-helper/.test(id) ||
      under(
        'ui/use-store',
        'ui/actions',
        'ui/tabs',
        'ui/lazy',
        'ui/status-actions',
        'ui/disclaimer-notice',
        'ui/use-disclaimer',
        'platform/open-tab',
      )(id),
    priority: 10,
  },
];

// One config for the builds and the tests. `vite build` writes the Chromium build to dist/chrome/
// (Chrome, Edge, Brave); `vite build --mode firefox` writes dist/firefox/ from the same sources
// with the manifest scripts/firefox-manifest.ts derives. crxjs only emits a dev-server
// loader under `vite dev`, which nothing here uses.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const targetManifest = browser === 'firefox' ? firefoxManifest(manifest) : manifest;
  return {
    plugins: [preact(), crx({ manifest: targetManifest as ManifestV3Export, browser }), locales()],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      // Extension pages run in Chromium 116+ and Firefox 140+, which know <link rel="modulepreload">.
      modulePreload: { polyfill: false },
      // The break and help pages are opened by code, not named in the manifest, so crxjs needs telling.
      rollupOptions: {
        input: { break: 'src/break/index.html', help: 'src/help/index.html' },
        output: { codeSplitting: { groups: CHUNK_GROUPS } },
      },
    },
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.ts'],
            setupFiles: ['tests/setup-timezone.ts', 'tests/setup-i18n.ts'],
          },
        },
        {
          test: {
            name: 'background',
            include: ['tests/background/**/*.test.ts'],
            setupFiles: ['tests/setup-timezone.ts', 'tests/background/setup-fake-browser.ts', 'tests/setup-i18n.ts'],
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            // One real browser at a time: the machine has two cores and the tests measure timing.
            fileParallelism: false,
            testTimeout: 120_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  };
});
