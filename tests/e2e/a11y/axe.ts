import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's own bundle, injected through the DevTools protocol: the pages' CSP does not apply to it. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, and axe's best practices (heading order, landmarks, one main, …). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/**
 * AXE_INCOMPLETE=1 also reports what axe could not decide (say, text over a gradient), to review
 * by hand: those are not failures, so the suite leaves them out by default.
 */
const WITH_INCOMPLETE = process.env.AXE_INCOMPLETE === '1';

/** Runs axe on the page as it is now and resolves with its violations (none is the goal). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([tags, withIncomplete]) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      const incomplete = withIncomplete ? result.incomplete.map((v) => ({ ...v, id: `${v.id} (undecided)` })) : [];
      return [...result.violations, ...incomplete].map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })),
      }));
    },
    [AXE_TAGS, WITH_INCOMPLETE] as const,
  );
}

/** Violations as a person reads them: rule, impact, what it asks, and each element with why. */
export function describeViolations(where: string, violations: readonly Violation[]): string {
  if (violations.length === 0) return '';
  const lines = [`${where}: ${violations.length} axe rule(s) violated`];
  for (const v of violations) {
    lines.push(`  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}`);
    for (const n of v.nodes) {
      lines.push(`    - ${n.target.join(' ')}`);
      for (const s of n.summary.split('\n')) if (s.trim()) lines.push(`        ${s.trim()}`);
    }
  }
  return lines.join('\n');
}
