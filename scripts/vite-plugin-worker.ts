import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

/** Where the worker's one file lands in the extension, for both browsers. */
export const WORKER_FILE = 'background.js';

const NATIVE_BROWSER = fileURLToPath(new URL('../src/platform/native-browser.ts', import.meta.url));

/** The manifest's background, as manifest.json (Chromium) or scripts/firefox-manifest.ts (Firefox) declares it. */
export interface Background {
  service_worker?: string;
  scripts?: string[];
  type?: string;
}

/** The source file a background names: the service worker, or Firefox's one module script. */
function sourceOf(background: Background): string {
  const [source, ...more] = background.service_worker ? [background.service_worker] : (background.scripts ?? []);
  if (!source || more.length > 0) throw new Error('The manifest should name one background script to bundle.');
  return source;
}

/** The same background, naming the bundled file in place of its source. */
function bundled(background: Background): Background {
  return background.service_worker
    ? { ...background, service_worker: WORKER_FILE }
    : { ...background, scripts: [WORKER_FILE] };
}

/**
 * Builds the worker the manifest's `background` names on its own into one file, background.js,
 * and names that file in its place in the manifest crxjs writes (which was given no background).
 * In the pages' build the worker would share chunks with them: each extra file costs it compression, and the chunks carry page code it never runs (issue 9's 12 KB gzip
 * budget counts every byte it loads). On its own, the bundler keeps exactly what the worker
 * reaches, in one file, and swaps webextension-polyfill for the browser's own API
 * (src/platform/native-browser.ts explains why that is safe there). Chromium 156 rejects import()
 * in service workers, so a single file loses nothing.
 */
export function workerBundle(background: Background | undefined): Plugin {
  if (!background) throw new Error('The manifest names no background to bundle.');
  const entry = sourceOf(background);
  return {
    name: 'sitwell:worker',
    generateBundle: {
      // After crxjs has written manifest.json into the bundle.
      order: 'post',
      async handler(_options, bundle) {
        const result = await build({
          configFile: false,
          logLevel: 'warn',
          resolve: { alias: { 'webextension-polyfill': NATIVE_BROWSER } },
          build: {
            write: false,
            emptyOutDir: false,
            target: 'es2022',
            minify: true,
            modulePreload: false,
            copyPublicDir: false,
            rollupOptions: {
              input: { background: entry },
              preserveEntrySignatures: false,
              output: { entryFileNames: WORKER_FILE, codeSplitting: false },
            },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
        const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
        if (chunks.length !== 1 || chunks[0]?.fileName !== WORKER_FILE) {
          this.error(`The worker should build into one file, ${WORKER_FILE}; got ${chunks.map((c) => c.fileName)}.`);
        }
        this.emitFile({ type: 'asset', fileName: WORKER_FILE, source: chunks[0].code });

        const manifestAsset = bundle['manifest.json'];
        if (manifestAsset?.type !== 'asset') this.error('crxjs wrote no manifest.json to name the worker in.');
        const manifest = JSON.parse(String(manifestAsset.source)) as Record<string, unknown>;
        manifest.background = bundled(background);
        manifestAsset.source = `${JSON.stringify(manifest, null, 2)}\n`;
      },
    },
  };
}
