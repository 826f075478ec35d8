import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';
import { locales } from './scripts/vite-plugin-locales.ts';

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
      // The break and help pages are opened by code, not named in the manifest, so crxjs needs telling.
      rollupOptions: {
        input: { break: 'src/break/index.html', help: 'src/help/index.html' },
        output: {
          // Data lists get chunks of their own: otherwise the bundler may fold them into the chunk
          // every page shares with the worker, and the worker would load text it never shows.
          manualChunks: (id) =>
            /src\/data\/checklist/.test(id)
              ? 'checklist-data'
              : /src\/data\/exercises/.test(id)
                ? 'exercise-data'
                : undefined,
        },
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
