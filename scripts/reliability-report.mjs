// Writes the table in docs/reliability.md from the rows the fault-injection tests recorded in
// test-results/reliability/ during the last run (tests/reliability-log.ts). Only the part
// between the two markers is replaced; the prose around it is kept.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'test-results', 'reliability');
const doc = join(root, 'docs', 'reliability.md');
const START = '<!-- reliability-table:start -->';
const END = '<!-- reliability-table:end -->';

if (!existsSync(dir)) {
  console.error('No fault-injection results: run the tests first (npm test).');
  process.exit(1);
}
const order = { unit: 0, Chromium: 1, Firefox: 2 };
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
  .sort((a, b) => order[a.level] - order[b.level] || a.id.localeCompare(b.id));

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = [
  '| fault | where | how it is injected | runs | result |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${cell(r.fault)} | ${r.level} | ${cell(r.injection)} | ${r.runs} | ${cell(r.result)} |`),
].join('\n');

const text = readFileSync(doc, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < start) throw new Error(`docs/reliability.md lacks the ${START} … ${END} markers`);
writeFileSync(doc, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
console.log(`docs/reliability.md: ${rows.length} faults`);
