import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One row of docs/reliability.md: a fault, how the test injects it, how many times, and what
 * happened. Fault-injection tests call this after their assertions pass, so a row is only ever
 * written by a passing run; `npm run reliability` (scripts/reliability-report.mjs) turns the
 * rows of the last run into the table.
 */
export interface FaultRow {
  /** Stable id, also the file name: "worker-stopped-randomly". */
  id: string;
  /** Where it runs: "Chromium" (end-to-end) or "unit" (fake clock, fast-check). */
  level: 'Chromium' | 'Firefox' | 'unit';
  fault: string;
  injection: string;
  runs: number;
  result: string;
}

export const RELIABILITY_DIR = join(import.meta.dirname, '..', 'test-results', 'reliability');

export function recordFault(row: FaultRow): void {
  mkdirSync(RELIABILITY_DIR, { recursive: true });
  writeFileSync(join(RELIABILITY_DIR, `${row.id}.json`), `${JSON.stringify(row, null, 2)}\n`);
}
