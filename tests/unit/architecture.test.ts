import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Code without its comments: a comment may name `chrome.idle` to explain a quirk. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const files = sources('src').map((path) => ({ path: relative('src', path), text: code(readFileSync(path, 'utf8')) }));

describe('architecture', () => {
  it('imports webextension-polyfill only inside src/platform', () => {
    const offenders = files.filter(
      (f) => /from 'webextension-polyfill'/.test(f.text) && !f.path.startsWith('platform/'),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('keeps src/core free of the browser, the DOM, the clock and unseeded randomness', () => {
    const core = files.filter((f) => f.path.startsWith('core/'));
    expect(core.length).toBeGreaterThan(10);
    const offenders = core.filter((f) =>
      /Date\.now\(\)|new Date\(\)|Math\.random|\bchrome\.|\bbrowser\.|\bdocument\.|\bwindow\.|from '\.\.\/\.\.\/platform|from 'preact/.test(
        f.text,
      ),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('never uses the chrome global, innerHTML, eval or timers in the worker', () => {
    expect(files.filter((f) => /\bchrome\.\w/.test(f.text)).map((f) => f.path)).toEqual([]);
    expect(
      files.filter((f) => /innerHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/.test(f.text)).map((f) => f.path),
    ).toEqual([]);
    const worker = files.filter((f) => f.path.startsWith('background/'));
    expect(worker.filter((f) => /setTimeout|setInterval/.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
