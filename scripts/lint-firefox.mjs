// Runs addons-linter (web-ext lint) on dist/firefox as addons.mozilla.org would. Fails on any
// error, and on any warning the README's "Firefox lint" list does not explain.
import { spawnSync } from 'node:child_process';

/** Warnings we accept, each explained in the README (Packages → Firefox lint). */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/page-start-[\w-]+\.js$/, // the chunk that holds Preact (vite.config.ts)
    why: "Preact's renderer has an innerHTML branch for dangerouslySetInnerHTML, which Sitwell never uses",
  },
];

const result = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted=false', '--output', 'json', '--no-input'],
  { encoding: 'utf8' },
);
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(result.stdout, result.stderr);
  console.error('web-ext lint gave no report.');
  process.exit(1);
}

const unexplained = report.warnings.filter(
  (w) => !EXPLAINED.some((e) => e.code === w.code && e.file.test(w.file ?? '')),
);
for (const e of report.errors) console.error(`error   ${e.code} ${e.file ?? ''}: ${e.message}`);
for (const w of unexplained) console.error(`warning ${w.code} ${w.file ?? ''}: ${w.message}`);
for (const w of report.warnings.filter((w) => !unexplained.includes(w))) {
  const why = EXPLAINED.find((e) => e.code === w.code)?.why;
  console.log(`explained warning ${w.code} in ${w.file}: ${why}`);
}
console.log(
  `web-ext lint on dist/firefox: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`,
);
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
