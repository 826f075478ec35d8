// `npm start`: builds the extension, then opens Chromium with it loaded through web-ext;
// `npm start -- --firefox` opens Firefox instead. Where there is no display (a server, CI), it
// says how to load the build by hand.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const firefox = process.argv.includes('--firefox');

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);
const dist = resolve(firefox ? 'dist/firefox' : 'dist/chrome');

const hasDisplay = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (!hasDisplay) {
  console.log(
    firefox
      ? `
Sitwell is built in ${dist}
There is no display here, so no browser was opened. To try it in Firefox:
  1. Open about:debugging#/runtime/this-firefox
  2. Click "Load Temporary Add-on…" and choose ${resolve(dist, 'manifest.json')}
  3. Pin Sitwell from the extensions (puzzle-piece) menu and click its icon.
`
      : `
Sitwell is built in ${dist}
There is no display here, so no browser was opened. To try it:
  1. Open chrome://extensions (or edge://extensions) and turn on Developer mode.
  2. Click "Load unpacked" and choose ${dist}
  3. Pin Sitwell from the puzzle-piece menu and click its icon.
`,
  );
  process.exit(0);
}

if (firefox) {
  // web-ext looks for "firefox" on the PATH; Debian names its package firefox-esr.
  const binary = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
  const args = ['web-ext', 'run', '--target', 'firefox-desktop', '--source-dir', dist, '--no-reload'];
  if (binary) args.push('--firefox', binary);
  run('npx', args);
} else {
  const binary = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  const args = ['web-ext', 'run', '--target', 'chromium', '--source-dir', dist, '--no-reload'];
  if (binary) args.push('--chromium-binary', binary);
  // Chromium refuses to start as root without this; only ever the case on throwaway machines.
  if (process.getuid?.() === 0) args.push('--arg=--no-sandbox');
  run('npx', args);
}
