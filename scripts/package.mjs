// Store-ready packages after `vite build` of both targets:
//   dist/sitwell-chrome-<version>.zip   for the Chrome Web Store and Edge Add-ons
//   dist/sitwell-firefox-<version>.zip  for addons.mozilla.org
//   dist/sitwell-source-<version>.zip   the sources AMO reviewers rebuild the add-on from
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zip } from './zip.mjs';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

const entries = (base, paths) =>
  paths.map((path) => ({ name: relative(base, path).split(sep).join('/'), data: readFileSync(path) }));

/** The tracked files (what a fresh clone has), or, outside git, the tree minus build output. */
function sourceFiles() {
  try {
    const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
    return listed
      .split('\0')
      .filter((f) => f && existsSync(join(root, f)))
      .sort()
      .map((f) => join(root, f));
  } catch {
    const skip = /^(node_modules|dist|\.git|test-results|bench)(\/|$)/;
    return walk(root).filter((p) => !skip.test(relative(root, p).split(sep).join('/')));
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const packages = [
  ['chrome', entries(join(root, 'dist/chrome'), walk(join(root, 'dist/chrome')))],
  ['firefox', entries(join(root, 'dist/firefox'), walk(join(root, 'dist/firefox')))],
  ['source', entries(root, sourceFiles())],
];
for (const [target, files] of packages) {
  if (target !== 'source' && !files.some((f) => f.name === 'manifest.json')) {
    throw new Error(`dist/${target} has no manifest.json: run vite build first.`);
  }
  const out = join(root, 'dist', `sitwell-${target}-${version}.zip`);
  const bytes = zip(files);
  writeFileSync(out, bytes);
  console.log(`${relative(root, out)}  ${files.length} files  ${kb(bytes.length)}`);
}
