// How the end-to-end tests, the bench (bench/browser.ts) and the screenshots (scripts/screenshots.ts)
// start Chromium. Kept free of vitest imports: the bench and the screenshots run outside vitest.

/** Debian's Chromium, or CHROME_PATH. Never a downloaded browser: this network cannot fetch one. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Flags the machine needs: without the background-networking ones Chromium keeps trying hosts
// this closed network refuses. Debian's Chromium honours --load-extension, headless too.
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
