/**
 * The lint rule against HTML and code from strings (scripts/lint/no-unsafe-html.grit, a Biome
 * GritQL plugin) really fires: Biome runs with the project's own lint settings on fixture files
 * written outside src, and must flag every unsafe line and nothing in the safe file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIOME = resolve('node_modules/@biomejs/biome/bin/biome');
const config = JSON.parse(readFileSync('biome.json', 'utf8')) as {
  plugins?: string[];
  linter?: { rules?: { security?: Record<string, unknown> } };
  javascript?: unknown;
};

/** One unsafe construct per line: the rule (or Biome's own security rules) must flag each. */
const UNSAFE = [
  'el.innerHTML = html;',
  'el.innerHTML += html;',
  'el.outerHTML = html;',
  "el['innerHTML'] = html;",
  'el[`outerHTML`] = html;',
  'const copied = el.innerHTML;',
  "el.insertAdjacentHTML('beforeend', html);",
  'document.write(html);',
  'document.writeln(html);',
  'globalThis.document.write(html);',
  'eval(html);',
  'globalThis.eval(html);',
  'new Function(html);',
  "Function('a', html);",
  "setTimeout('tick()', 10);",
  'setInterval(`tick()`, 10);',
  'globalThis.setTimeout("tick()");',
  'const view = <div dangerouslySetInnerHTML={{ __html: html }} />;',
];

/** Code that only looks like it: none of it may be flagged. */
const SAFE = [
  'el.textContent = html;',
  "el.setAttribute('title', html);",
  'setTimeout(() => tick(), 10);',
  'setInterval(tick, 10);',
  'const evaluate = (x: string) => x;',
  'const stream = { write: (s: string) => s };',
  "stream.write('x');",
  "const words = 'innerHTML and eval are not used here';",
  'const node = <p title={html}>{html}</p>;',
];

interface Diagnostic {
  severity: string;
  category: string;
  message: string;
  location: { start?: { line: number } };
}

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitwell-lint-'));
  // The project's lint settings, with the plugin paths made absolute; no VCS or file filters.
  const plugins = (config.plugins ?? []).map((p) => resolve(p));
  writeFileSync(
    join(dir, 'biome.json'),
    JSON.stringify({ plugins, linter: config.linter, javascript: config.javascript }, null, 2),
  );
  const preamble = 'declare const el: HTMLElement, html: string, tick: () => void;\n';
  writeFileSync(join(dir, 'unsafe.tsx'), preamble + UNSAFE.join('\n'));
  writeFileSync(join(dir, 'safe.tsx'), preamble + SAFE.join('\n'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function lint(file: string): { status: number | null; diagnostics: Diagnostic[]; stderr: string } {
  const run = spawnSync(process.execPath, [BIOME, 'lint', '--max-diagnostics=none', '--reporter=json', file], {
    cwd: dir,
    encoding: 'utf8',
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  const diagnostics = json ? ((JSON.parse(json) as { diagnostics: Diagnostic[] }).diagnostics ?? []) : [];
  return { status: run.status, diagnostics, stderr: run.stderr };
}

/** Lines (1-based, in the fixture) flagged as errors by the plugin or a security rule. */
const securityLines = (diagnostics: Diagnostic[]) =>
  new Set(
    diagnostics
      .filter((d) => d.severity === 'error' && (d.category === 'plugin' || d.category.startsWith('lint/security/')))
      .map((d) => d.location.start?.line),
  );

describe('the unsafe-HTML lint rule', () => {
  it('is part of the project lint, next to Biome’s own security rules', () => {
    expect(config.plugins).toContain('./scripts/lint/no-unsafe-html.grit');
    expect(config.linter?.rules?.security).toMatchObject({
      noGlobalEval: 'error',
      noDangerouslySetInnerHtml: 'error',
    });
  });

  it('flags every unsafe line and fails the run', () => {
    const { status, diagnostics, stderr } = lint('unsafe.tsx');
    expect(stderr).not.toMatch(/Error\(s\) during loading of plugins|rule errored/);
    const flagged = securityLines(diagnostics);
    // Line 1 is the preamble.
    const missed = UNSAFE.filter((_, i) => !flagged.has(i + 2));
    expect(missed).toEqual([]);
    expect(diagnostics.some((d) => d.category === 'plugin')).toBe(true);
    expect(status).not.toBe(0);
  });

  it('leaves look-alikes alone', () => {
    const { diagnostics } = lint('safe.tsx');
    const flagged = [...securityLines(diagnostics)].map((line) => SAFE[(line ?? 0) - 2] ?? `line ${line}`);
    expect(flagged).toEqual([]);
  });
});
