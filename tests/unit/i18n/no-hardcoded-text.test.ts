import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every word a person reads comes from src/locales through t()/tp()/say(). This scan catches
// English left in the code: JSX text, text attributes, and sentence-like string literals. A line
// that must stay English (an admin file format, a unit symbol) says why with `i18n-exempt`.

const ROOTS = ['popup', 'options', 'break', 'help', 'ui', 'shared', 'background', 'data', 'core'];
/** Files that write admin deployment files, whose formats and comments are English by design. */
const EXEMPT_DIRS = ['core/presets/deploy/'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const stripComments = (text: string) =>
  text
    .split('\n')
    .map((line) => (line.includes('i18n-exempt') ? '' : line))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'JSX text', re: /(?<![=-])>\s*([A-Za-z][^<>{}]*[a-z]{2}[^<>{}]*)</g },
  {
    name: 'text attribute',
    re: /\b(?:label|title|aria-label|placeholder|alt|summary)=["']([^"']*[A-Za-z]{2}[^"']*)["']/g,
  },
  { name: 'sentence literal', re: /(['"`])([A-Z][a-z’']*(?: [^'"`\n]*)?[a-z]{2}[^'"`\n]*[ .!?:…][^'"`\n]*)\1/g },
];

function offenders(): string[] {
  const found: string[] = [];
  for (const root of ROOTS) {
    for (const path of sources(join('src', root))) {
      const rel = relative('src', path);
      if (EXEMPT_DIRS.some((d) => rel.startsWith(d))) continue;
      const code = stripComments(readFileSync(path, 'utf8'));
      for (const { name, re } of PATTERNS) {
        if (name === 'JSX text' && !path.endsWith('.tsx')) continue;
        for (const m of code.matchAll(re)) {
          const text = (m[2] ?? m[1] ?? '').trim();
          if (!/[A-Za-z]{2}/.test(text) || /^[a-z0-9_-]+$/.test(text)) continue;
          // TypeScript between a `>` and a `<` (generics, comparisons), not JSX text.
          if (name === 'JSX text' && /;|=>| = |&&|\|\||\breturn\b/.test(text)) continue;
          found.push(`${rel}: ${name}: ${text.slice(0, 70)}`);
        }
      }
    }
  }
  return found;
}

describe('no hard-coded English', () => {
  it('keeps person-facing words out of the code', () => {
    expect(offenders()).toEqual([]);
  });
});
