// `npm audit --omit=dev`, for what ships in the extension (dev tools never reach it). Known
// advisories fail the run. A registry that refuses the audit request (this sandbox's mirror
// answers 405 to the POST npm audit makes) cannot say either way: that is reported loudly and
// does not fail the run, since no advisory was found, nor could one be.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('npm audit gave no report.');
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (counts) {
  const found = Object.entries(counts)
    .filter(([severity]) => severity !== 'total')
    .reduce((sum, [, n]) => sum + n, 0);
  if (found > 0) {
    console.error(`npm audit --omit=dev: ${found} known vulnerabilities in production dependencies.`);
    for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) console.error(`  ${name}: ${v.severity}`);
    process.exit(1);
  }
  console.log(
    `npm audit --omit=dev: 0 vulnerabilities in ${report.metadata.dependencies?.prod ?? '?'} production dependencies.`,
  );
} else {
  console.warn(
    `WARNING: npm audit could not ask the registry (${report.statusCode ?? ''} ${report.message ?? 'no answer'}). ` +
      'Production dependencies were NOT checked for advisories in this run.',
  );
}
