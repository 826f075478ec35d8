// `npm start`: builds the extension, then opens Chromium with it loaded through web-ext. Where
// there is no display (a server, CI), it says how to load dist/chrome/ by hand instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);
const dist = resolve('dist/chrome');

const hasDisplay = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (!hasDisplay) {
  console.log(`
Sitwell is built in ${dist}
There is no display here, so no browser was opened. To try it:
  1. Open chrome://extensions (or edge://extensions) and turn on Developer mode.
  2. Click "Load unpacked" and choose ${dist}
  3. Pin Sitwell from the puzzle-piece menu and click its icon.
`);
  process.exit(0);
}

const binary = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const args = ['web-ext', 'run', '--target', 'chromium', '--source-dir', dist, '--no-reload'];
if (binary) args.push('--chromium-binary', binary);
// Chromium refuses to start as root without this; only ever the case on throwaway machines.
if (process.getuid?.() === 0) args.push('--arg=--no-sandbox');
run('npx', args);
