// Prints the gzip size of what each entry loads: a page's scripts and styles, the worker's module
// graph. Reads the build in dist/chrome/ as the browser would, following static imports.
// `npm run bench` imports bundleSizes() and checks the popup and worker against their budgets.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every file a module pulls in through static imports, itself included. */
function moduleGraph(root, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    moduleGraph(root, spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec), seen);
  }
  return seen;
}

function pageFiles(root, htmlPath) {
  const html = readFileSync(join(root, htmlPath), 'utf8');
  const files = new Set();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) moduleGraph(root, join(root, src), files);
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) files.add(join(root, href));
  return files;
}

/**
 * Raw and gzip (level 9, each file on its own) bytes of a set of files, in total and split into
 * scripts and styles.
 * @param {string} root
 * @param {Set<string>} files
 */
function measure(root, files) {
  const total = { raw: 0, gzip: 0 };
  const js = { raw: 0, gzip: 0 };
  const css = { raw: 0, gzip: 0 };
  for (const f of files) {
    const bytes = readFileSync(f);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const part = f.endsWith('.css') ? css : js;
    for (const sum of [total, part]) {
      sum.raw += bytes.length;
      sum.gzip += gzip;
    }
  }
  return { files: [...files].map((f) => relative(root, f)), ...total, js, css };
}

/**
 * What the popup, options page, break page and worker each load, measured in the build at `dir`.
 * @param {string} [dir]
 */
export function bundleSizes(dir = 'dist/chrome') {
  const root = resolve(dir);
  if (!existsSync(join(root, 'manifest.json'))) throw new Error(`No build at ${root}: run npm run build first.`);
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  return {
    popup: measure(root, pageFiles(root, manifest.action.default_popup)),
    options: measure(root, pageFiles(root, manifest.options_ui.page)),
    break: measure(root, pageFiles(root, 'src/break/index.html')),
    worker: measure(root, moduleGraph(root, join(root, manifest.background.service_worker))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let sizes;
  try {
    sizes = bundleSizes(process.argv[2]);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('entry     raw        gzip      (js + css gzip)');
  for (const [name, s] of Object.entries(sizes)) {
    console.log(
      `${name.padEnd(9)} ${kb(s.raw).padEnd(10)} ${kb(s.gzip).padEnd(9)} (${kb(s.js.gzip)} + ${kb(s.css.gzip)})`,
    );
  }
}
