import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Browsers read one _locales/<lang>/messages.json per language. We keep each language as small
 * area files (src/locales/<lang>/popup.json, exercises-upper.json…) so a translator works on one
 * screen at a time; this plugin merges them into the file the browsers want. Message names are
 * case-insensitive to the browsers, so a name defined twice in any case stops the build.
 */
export function locales(dir = 'src/locales'): Plugin {
  return {
    name: 'sitwell:locales',
    generateBundle() {
      for (const lang of languages(dir)) {
        const merged: Record<string, unknown> = {};
        const seen = new Map<string, string>();
        for (const file of areaFiles(dir, lang)) {
          const path = join(dir, lang, file);
          this.addWatchFile(path);
          const area = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
          for (const [key, entry] of Object.entries(area)) {
            const lower = key.toLowerCase();
            const other = seen.get(lower);
            if (other) this.error(`Message "${key}" is defined in both ${other} and ${lang}/${file}.`);
            seen.set(lower, `${lang}/${file}`);
            merged[key] = entry;
          }
        }
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: `${JSON.stringify(merged, null, 1)}\n`,
        });
      }
    },
  };
}

function languages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function areaFiles(dir: string, lang: string): string[] {
  return readdirSync(join(dir, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();
}
