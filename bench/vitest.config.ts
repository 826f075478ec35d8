import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The bench's own vitest run (bench/run.ts starts it): the worker wake-up count drives the real
// worker (src/background/index.ts) on the in-memory fake browser, set up exactly as the
// background tests set it up.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'bench',
    include: ['bench/**/*.bench-test.ts'],
    setupFiles: ['tests/setup-timezone.ts', 'tests/background/setup-fake-browser.ts', 'tests/setup-i18n.ts'],
    testTimeout: 60_000,
  },
});
