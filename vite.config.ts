import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';
import { locales } from './scripts/vite-plugin-locales.ts';
import { polyfillApis } from './scripts/vite-plugin-polyfill-apis.ts';
import { workerBundle } from './scripts/vite-plugin-worker.ts';

/** A module of src/ whose path starts with one of `paths`. */
const under =
  (...paths: string[]) =>
  (id: string) =>
    paths.some((p) => id.includes(`/src/${p}`));

/**
 * The chunks the pages share (the worker is bundled on its own: scripts/vite-plugin-worker.ts).
 * Each file a page loads costs it compression, so what every page needs as it starts comes in one
 * chunk; scripts/bundle-sizes.mjs measures what each entry loads. A group takes the modules it
 * names and what those import, unless a group of higher priority took them first.
 */
const CHUNK_GROUPS = [
  // Data lists, fetched by the pages that show them.
  { name: 'checklist-data', test: under('data/checklist'), priority: 60 },
  { name: 'exercise-data', test: under('data/exercises'), priority: 60 },
  // The options and break pages, not the popup's first paint: the history and the checklist's state.
  { name: 'records', test: under('platform/history-store', 'platform/checklist-store'), priority: 40 },
  // Every page as it starts: the browser API and the words, Preact and its hooks, the theme's
  // styles (in a chunk with code, so they come before each page's own), the settings in effect,
  // the engine's state and the status, live storage reads, actions, tabs, and Vite's loader for
  // the parts a page fetches later.
  {
    name: 'page-start',
    test: (id: string) =>
      /webextension-polyfill|\/preact\/(dist|jsx-runtime|hooks)\/|vite\/preload-helper/.test(id) ||
      under(
        'platform/browser.ts',
        'platform/i18n',
        'ui/theme.css',
        'ui/localize-page',
        'ui/disclaimer-text',
        'platform/settings-store',
        'platform/engine-read',
        'core/schedule/status',
        'shared/status-text',
        'ui/use-store',
        'ui/actions',
        'ui/tabs',
        'ui/lazy',
        'ui/status-actions',
        'ui/use-disclaimer',
        'ui/use-action',
        'ui/first-run-notice',
        'platform/open-tab',
      )(id),
    priority: 50,
  },
];

// One config for the builds and the tests. `vite build` writes the Chromium build to dist/chrome/
// (Chrome, Edge, Brave); `vite build --mode firefox` writes dist/firefox/ from the same sources
// with the manifest scripts/firefox-manifest.ts derives. crxjs only emits a dev-server
// loader under `vite dev`, which nothing here uses.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  // The worker is built apart, into one file (scripts/vite-plugin-worker.ts), and named in the
  // manifest's background afterwards; crxjs builds the pages.
  const { background, ...pagesManifest } = browser === 'firefox' ? firefoxManifest(manifest) : manifest;
  return {
    plugins: [
      preact(),
      polyfillApis(),
      crx({ manifest: pagesManifest as ManifestV3Export, browser }),
      locales(),
      workerBundle(background),
    ],
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
            // Two files at a time, one per core. Most of the time goes on real one-minute waits for
            // a break to fall due, so one file's wait overlaps another's work; the tests' time
            // limits (a prompt within 5 s of falling due) leave room for that.
            maxWorkers: 2,
            testTimeout: 120_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  };
});
