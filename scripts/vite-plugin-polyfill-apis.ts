import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const POLYFILL = /\/webextension-polyfill\/dist\/browser-polyfill\.js$/;
/** The table of every API's arguments, as webextension-polyfill 0.12's build inlines it. */
const METADATA = /const apiMetadata = (\{[\s\S]*?\n {6}\});\n/;
/** Its UMD wrapper hands the code a CommonJS `module`; the code itself starts here. */
const FACTORY_START = 'function (module) {';

/** The API namespaces src/platform/ calls (`browser.storage…`, `browser.i18n…`), the only place that may. */
export function namespacesUsed(dir = 'src/platform'): Set<string> {
  const used = new Set<string>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts')) continue;
    for (const [, name] of readFileSync(join(dir, file), 'utf8').matchAll(/\bbrowser\.([a-zA-Z][a-zA-Z0-9]*)/g)) {
      used.add(name as string);
    }
  }
  return used;
}

/**
 * webextension-polyfill, as the pages load it, made smaller without changing what it does for them
 * (issue 9: the popup's budget is 20 KB gzip, and the polyfill was 3 KB of it):
 * - It carries a table of every extension API's arguments (6.4 KB of its 9.6 KB minified) so that
 *   it can wrap each in promises in Chromium. The table keeps only the namespaces src/platform/
 *   calls; the polyfill wraps those as before and leaves the rest as Chromium has them (with
 *   promises of their own since MV3).
 * - Its UMD wrapper becomes an ES module export, which spares the bundler's CommonJS interop code.
 * The build stops if the polyfill's layout changes and either part can't be found.
 */
export function polyfillApis(used: ReadonlySet<string> = namespacesUsed()): Plugin {
  return {
    name: 'sitwell:polyfill-apis',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id)) return null;
      const match = METADATA.exec(code);
      const start = code.indexOf(FACTORY_START);
      const end = code.lastIndexOf('});');
      if (!match || start < 0 || end < start) {
        this.error('webextension-polyfill has a new layout: its API table or UMD wrapper was not found.');
      }
      const table = JSON.parse(match[1] as string) as Record<string, unknown>;
      const kept = Object.fromEntries(Object.entries(table).filter(([namespace]) => used.has(namespace)));
      const factory = code.slice(start, end + 1).replace(match[1] as string, JSON.stringify(kept));
      return {
        code: `const polyfill = { exports: {} };\n(${factory})(polyfill);\nexport default polyfill.exports;\n`,
        map: null,
      };
    },
  };
}
