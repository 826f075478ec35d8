import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSizes } from '../scripts/bundle-sizes.mjs';
import { type BrowserResults, measureInBrowser, type Timing } from './browser.ts';
import { type Budget, type BudgetState, budgetLine as heldTo, judge, type Line, readKnownMisses } from './budgets.ts';
import { historyBytes } from './history-bytes.ts';

/**
 * `npm run bench`: builds, measures and checks the budgets of issue 9. Prints a table, writes
 * bench/results.json, and exits 1 when a budget is missed (the line is marked) unless
 * bench/known-misses.json lists it with a ceiling the figure stays under (see bench/budgets.ts).
 * BENCH_SLOW=1 (CI) relaxes the timing budgets threefold, and the known misses' timing ceilings
 * with them; sizes and counts never. `--no-build` measures the build already in dist/chrome/.
 */

const started = Date.now();
const SLOW = process.env.BENCH_SLOW === '1';
const TIMING_FACTOR = SLOW ? 3 : 1;
const KB = 1024;
const PAGE_LOADS = 20;
const PROMPTS = 10;
const PROMPT_LEAD_MS = 1500;
const DAY_BREAKS = 24;

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const KNOWN_MISSES_FILE = join(BENCH_DIR, 'known-misses.json');
const FLOOR_EXTENSION = join(BENCH_DIR, 'floor-extension');

const log = (line: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

function build(): void {
  if (process.argv.includes('--no-build')) return;
  log('npm run build');
  const result = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('npm run build failed');
  }
}

interface WakeupScenario {
  wakeups: number;
  perHour: number;
  coldStarts: number;
  personActions: number;
  events: Record<string, number>;
  notifications: Record<string, number>;
  history?: { d: Record<string, unknown[]> };
}
interface Wakeups {
  hours: number;
  takesEveryBreak: WakeupScenario;
  ignoresEveryPrompt: WakeupScenario;
  naive: WakeupScenario;
}

/** The worker simulation runs under vitest (the fake browser needs its module mocking). */
function wakeups(): Wakeups {
  log('worker wake-ups: vitest --config bench/vitest.config.ts');
  const dir = mkdtempSync(join(tmpdir(), 'sitwell-bench-'));
  const out = join(dir, 'wakeups.json');
  try {
    const result = spawnSync('node_modules/.bin/vitest', ['run', '--config', 'bench/vitest.config.ts'], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_WAKEUPS_OUT: out },
    });
    if (result.status !== 0) {
      console.error(result.stdout, result.stderr);
      throw new Error('the wake-up simulation failed');
    }
    return JSON.parse(readFileSync(out, 'utf8')) as Wakeups;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const bytes = (n: number) => `${n} B`;

function table(lines: readonly Line[]): string {
  const rows = lines.map((l) => [
    l.ok === false ? '✗' : l.ok ? '✓' : ' ',
    l.metric,
    l.value,
    l.budget ?? '',
    l.status ?? '',
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  const head = ['', 'metric', 'value', 'budget'];
  const format = (r: string[]) =>
    r
      .map((cell, i) => (i < 4 ? cell.padEnd(widths[i] as number) : cell))
      .join('  ')
      .trimEnd();
  return [format(head), format(widths.map((w) => '─'.repeat(w))), ...rows.map(format)].join('\n');
}

const METHODS = [
  'Sizes: scripts/bundle-sizes.mjs on the fresh build; each file an entry loads (its static imports followed, its stylesheets) gzipped on its own at level 9, summed; 1 KB = 1024 B.',
  `Page timings: real Chromium, headless, the build loaded unpacked; each load in a new tab, the service worker stopped first over the DevTools protocol; the value is performance.now() (ms since navigation start) when the content was on screen: the popup's own data-status-painted-at, the break page's data-exercise-painted-at (with a stretch break being taken, as when its Start opens it), and for the options page the first frame after "#panel-settings form" appeared (a MutationObserver added by an init script, timed like the pages' own marks). Median of ${PAGE_LOADS}. The first popup after the browser starts is reported on its own: Debian's Chromium answers the first storage.managed read after seconds and the popup stops waiting after 1 s; the ${PAGE_LOADS} loads follow once that answer has come, as it has long before anyone opens the popup.`,
  `Floor: a second, minimal extension (bench/floor-extension/: a service worker that does nothing, storage permission) is loaded beside Sitwell in the same browser and its pages are timed by the same loop, every extension's worker stopped before each load, ${PAGE_LOADS} loads each, median: blank.html (static text, no script) to DOMContentLoaded end, and storage.html (one chrome.storage.local.get of two keys, a line of text written, marked after the next frame and a task as the popup's useEffect marks) to its mark. That is what opening any extension page in a fresh process, and reading storage once in it, costs on this machine before an extension's own code runs; the popup's figure is that plus Sitwell's work. Its first load (storage.html) is left out, as the popup's is.`,
  `Prompt latency: with the worker running, the stored engine state is set so an eye rest falls due ${PROMPT_LEAD_MS} ms later on the default settings, with the wake alarm at that instant (what the worker itself plans); the worker is then stopped, so the alarm has to start it. Measured from the due time to chrome.notifications.getAll() holding the prompt (polled every 5 ms in the woken worker); also due → worker starting, due → the engine's decision (the 'prompted' stage's time). Median of ${PROMPTS}. Chromium allows an unpacked build's alarms this close, so no sample waits a whole interval.`,
  'Wake-ups: bench/wakeups.bench-test.ts under vitest runs the real worker (src/background/index.ts) on the fake browser with a fake clock for 8 hours of active sitting (09:00–17:00) on default settings. The loop fires each alarm at its time as Chrome does and reloads the worker after 30 s without events. Wake-ups = events the browser delivers on its own (alarms; no idle changes while active); the person\'s clicks (Start, Done, "All good") are counted apart and left out. The naive design: a one-minute repeating alarm whose handler counts minutes in storage.',
  `Worker heap: CDP Runtime.getHeapUsage on the service worker target after HeapProfiler.collectGarbage: after a fresh start, then after a simulated day, then after a second: from an extension page, ${DAY_BREAKS} breaks a day, each made due through stored state and a wake alarm, answered with Start and Done as the break page sends them, every 4th snoozed once first, a settings edit every 6th.`,
  "Known misses: bench/known-misses.json lists budgets still missed while the work on them goes on, each with a ceiling in the budget's unit (bytes, ms before the BENCH_SLOW factor, wake-ups per hour); such a miss at or under its ceiling is reported and does not fail the run, one above it does, and an entry whose budget is met is reported for removal.",
  'History: the real encoder (src/core/history/format.ts) on the day that file documents (10 prompts, 8 breaks, 420 min sitting, 5 areas, a posture check, a checklist score) and on the day the wake-up simulation recorded; bytes as Chrome counts them (key + JSON); 365 such days stored in Chromium and read back with storage.local.getBytesInUse.',
];

async function main(): Promise<number> {
  build();
  // Read first: a malformed file should fail before minutes of measuring.
  const known = readKnownMisses(KNOWN_MISSES_FILE);
  // A private copy: other work in this checkout may rebuild dist/ while the browser runs.
  const extension = mkdtempSync(join(tmpdir(), 'sitwell-bench-build-'));
  cpSync('dist/chrome', extension, { recursive: true });
  const floorExtension = mkdtempSync(join(tmpdir(), 'sitwell-bench-floor-'));
  cpSync(FLOOR_EXTENSION, floorExtension, { recursive: true });
  try {
    const sizes = bundleSizes(extension);
    const history = historyBytes();
    const wake = wakeups();
    log('browser measurements');
    const browser: BrowserResults = await measureInBrowser({
      extension,
      floorExtension,
      pageLoads: PAGE_LOADS,
      prompts: PROMPTS,
      promptLeadMs: PROMPT_LEAD_MS,
      dayCycles: DAY_BREAKS,
      historyYear: history.yearValue,
      log,
    });

    const simulatedDay = Object.entries(wake.takesEveryBreak.history?.d ?? {})[0];
    const simulatedDayBytes = simulatedDay
      ? JSON.stringify(simulatedDay[0]).length + 1 + JSON.stringify(simulatedDay[1]).length + 1
      : Number.NaN;
    const realPerHour = Math.max(wake.takesEveryBreak.perHour, wake.ignoresEveryPrompt.perHour);
    const range = (t: Timing) =>
      ` (${Math.round(t.min)}–${Math.round(t.max)}; DOMContentLoaded ${Math.round(t.domContentLoaded)}, first paint ${Math.round(t.firstContentfulPaint)})`;
    const budgets = {
      popupGzip: { id: 'popup-gzip', show: kb, showCeiling: bytes },
      workerGzip: { id: 'worker-gzip', show: kb, showCeiling: bytes },
      popupPaint: { id: 'popup-paint', show: ms, timing: true },
      promptLatency: { id: 'prompt-latency', show: ms, timing: true },
      wakeups: { id: 'wakeups', show: (n: number) => n.toFixed(2) },
      historyDayExample: { id: 'history-day-example', show: bytes },
      historyDaySimulated: { id: 'history-day-simulated', show: bytes },
    } satisfies Record<string, Budget>;
    const budgetLine = (budget: Budget, metric: string, value: number, limit: number, detail = '') =>
      heldTo(budget, TIMING_FACTOR, metric, value, limit, detail);
    const lines: Line[] = [
      budgetLine(
        budgets.popupGzip,
        'popup bundle, JS+CSS gzip',
        sizes.popup.gzip,
        20 * KB,
        ` (${kb(sizes.popup.js.gzip)} JS + ${kb(sizes.popup.css.gzip)} CSS)`,
      ),
      budgetLine(budgets.workerGzip, 'worker bundle, gzip', sizes.worker.gzip, 12 * KB),
      { metric: 'options page bundle, JS+CSS gzip', value: kb(sizes.options.gzip) },
      { metric: 'break page bundle, JS+CSS gzip', value: kb(sizes.break.gzip) },
      budgetLine(
        budgets.popupPaint,
        `popup: status painted, median of ${PAGE_LOADS}`,
        browser.popup.median,
        50,
        range(browser.popup),
      ),
      {
        metric: 'floor: blank extension page, DOMContentLoaded',
        value: `${ms(browser.floor.blank.median)} (${Math.round(browser.floor.blank.min)}–${Math.round(browser.floor.blank.max)})`,
      },
      {
        metric: 'floor: extension page reading storage once, painted',
        value: `${ms(browser.floor.storage.median)}${range(browser.floor.storage)}`,
      },
      { metric: 'popup: first load after browser start', value: ms(browser.firstPopupMs) },
      {
        metric: `options page: settings form painted, median of ${PAGE_LOADS}`,
        value: `${ms(browser.options.median)}${range(browser.options)}`,
      },
      {
        metric: `break page: first exercise painted, median of ${PAGE_LOADS}`,
        value: `${ms(browser.break.median)}${range(browser.break)}`,
      },
      budgetLine(
        budgets.promptLatency,
        `prompt latency: due → notification, median of ${PROMPTS}`,
        browser.prompt.median,
        1000,
        ` (worker starting ${ms(browser.prompt.medianWorkerStart)}, engine decided ${ms(browser.prompt.medianDecided)})`,
      ),
      budgetLine(
        budgets.wakeups,
        'worker wake-ups per active hour, defaults',
        realPerHour,
        6,
        ` (takes every break ${wake.takesEveryBreak.perHour.toFixed(2)}, ignores every prompt ${wake.ignoresEveryPrompt.perHour.toFixed(2)})`,
      ),
      {
        metric: 'naive once-a-minute tick, wake-ups per hour',
        value: `${wake.naive.perHour.toFixed(2)} (${(wake.naive.perHour / realPerHour).toFixed(1)}× Sitwell's)`,
      },
      { metric: 'worker JS heap after start-up (after GC)', value: `${browser.heap.afterStartKB.toFixed(0)} KB` },
      {
        metric: 'worker JS heap after a simulated day',
        value: `${browser.heap.afterDayKB.toFixed(0)} KB (after a second day ${browser.heap.afterTwoDaysKB.toFixed(0)} KB)`,
      },
      budgetLine(budgets.historyDayExample, 'history per day (format.ts example day)', history.perDay, 200),
      budgetLine(budgets.historyDaySimulated, 'history per day (simulated day)', simulatedDayBytes, 200),
      {
        metric: 'history after 365 days',
        value: `${history.year} B (${kb(history.year)}; getBytesInUse ${browser.historyYearBytesInUse} B)`,
      },
    ];
    const notes = judge(lines, Object.values(budgets), known, TIMING_FACTOR);

    const count = (state: BudgetState) => lines.filter((l) => l.state === state);
    const [met, missedKnown, missed] = [count('met'), count('missed-known'), count('missed')];
    console.log('');
    console.log(table(lines));
    console.log('');
    console.log(
      SLOW
        ? "BENCH_SLOW=1: timing budgets (and known misses' timing ceilings) relaxed ×3; sizes and counts unchanged."
        : 'Timing budgets at full strength.',
    );
    for (const note of notes) console.log(`Note: ${note}`);
    console.log('\nHow each number is measured:');
    for (const m of METHODS) console.log(`- ${m}`);
    console.log('');

    const summary = {
      budgets: met.length + missedKnown.length + missed.length,
      met: met.length,
      missedKnown: missedKnown.length,
      missed: missed.length,
    };
    const results = {
      date: new Date().toISOString(),
      chromium: browser.chromium,
      node: process.version,
      slow: SLOW,
      timingFactor: TIMING_FACTOR,
      wallSeconds: Math.round((Date.now() - started) / 1000),
      summary,
      budgets: lines,
      knownMisses: {
        file: 'bench/known-misses.json',
        entries: known,
        missedKnown: missedKnown.map((l) => l.id),
        nowMet: met.filter((l) => l.knownMissNowMet).map((l) => l.id),
        aboveCeiling: missed.filter((l) => l.known).map((l) => l.id),
      },
      sizes,
      history: { ...history, yearValue: undefined, simulatedDay: simulatedDayBytes },
      wakeups: wake,
      browser,
      floor: {
        blankDomContentLoadedMs: browser.floor.blank.median,
        storagePaintedMs: browser.floor.storage.median,
        popupPaintedMs: browser.popup.median,
      },
      methods: METHODS,
    };
    writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote bench/results.json in ${results.wallSeconds} s`);
    console.log(
      `${summary.budgets} budgets: ${summary.met} met, ${summary.missedKnown} missed (known), ${summary.missed} missed.`,
    );
    if (missed.length > 0) {
      console.log(`Failing on: ${missed.map((l) => `${l.id} (${l.metric})`).join('; ')}`);
      return 1;
    }
    console.log(missedKnown.length > 0 ? 'No budget missed beyond the known misses.' : 'All budgets met.');
    return 0;
  } finally {
    rmSync(extension, { recursive: true, force: true });
    rmSync(floorExtension, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
