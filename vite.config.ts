import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };

// One config for the build and the tests. `npm run build` writes a production Chromium build to
// dist/chrome/ (other tools and later issues rely on that path); crxjs only emits a dev-server
// loader under `vite dev`, which nothing here uses.
export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as ManifestV3Export })],
  build: {
    outDir: 'dist/chrome',
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
          setupFiles: ['tests/setup-timezone.ts'],
        },
      },
      {
        test: {
          name: 'background',
          include: ['tests/background/**/*.test.ts'],
          setupFiles: ['tests/setup-timezone.ts', 'tests/background/setup-fake-browser.ts'],
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
});
