// Prints the gzip size of what each entry loads: a page's scripts and styles, the worker's module
// graph. Reads the build in dist/chrome/ as the browser would, following static imports.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist/chrome');
if (!existsSync(join(root, 'manifest.json'))) {
  console.error(`No build at ${root}: run npm run build first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

/** Every file a module pulls in through static imports, itself included. */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    moduleGraph(spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec), seen);
  }
  return seen;
}

function pageFiles(htmlPath) {
  const html = readFileSync(join(root, htmlPath), 'utf8');
  const files = new Set();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) moduleGraph(join(root, src), files);
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) files.add(join(root, href));
  return files;
}

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...files].map((f) => relative(root, f)), raw, gzip };
}

export const sizes = {
  popup: measure(pageFiles(manifest.action.default_popup)),
  options: measure(pageFiles(manifest.options_ui.page)),
  break: measure(pageFiles('src/break/index.html')),
  worker: measure(moduleGraph(join(root, manifest.background.service_worker))),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('entry     raw        gzip');
  for (const [name, s] of Object.entries(sizes)) {
    console.log(`${name.padEnd(9)} ${kb(s.raw).padEnd(10)} ${kb(s.gzip)}`);
  }
}
