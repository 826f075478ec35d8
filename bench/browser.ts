/// <reference types="chrome" />
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../tests/e2e/chromium.ts';

/**
 * The measurements that need the real browser: Debian's Chromium (or CHROME_PATH) with the
 * production build in dist/chrome/ loaded, headless, launched as the end-to-end tests launch it
 * (tests/e2e/chromium.ts). The service worker is controlled through the DevTools protocol from an
 * about:blank page, so no extension page stays open between measurements. A second, minimal
 * extension (bench/floor-extension/) is loaded beside it: its pages, timed the same way, show
 * what any extension page costs on this machine before an extension's own code runs.
 */

const MIN = 60_000;
/** Time for the worker to finish the events of a wake (a few ms each once running). */
const SETTLE_MS = 500;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * The source of `fn` applied to `arg`, for a page, init script or worker to run. tsx compiles
 * with esbuild's keepNames, which wraps named functions in a `__name` helper that only exists
 * here; the browser gets a stand-in.
 */
function source<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}

/** Runs `fn(arg)` in a page or in the worker and returns its (awaited) result. */
function run<R, A>(target: Page | Worker, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const evaluate = target.evaluate.bind(target) as (expression: string) => Promise<unknown>;
  return evaluate(source(fn, arg)) as Promise<R>;
}

const debug = (line: string) => {
  if (process.env.BENCH_DEBUG) console.log(`  ${Date.now() % 100_000} ${line}`);
};

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface Timing {
  /** Milliseconds from navigation start to the content being on screen, one per load. */
  samples: number[];
  median: number;
  min: number;
  max: number;
  /** Medians of the same loads' DOMContentLoaded end and first contentful paint, for comparison. */
  domContentLoaded: number;
  firstContentfulPaint: number;
}

const timing = (samples: number[], dcl: number[] = [], fcp: number[] = []): Timing => ({
  samples: samples.map((s) => round(s)),
  median: round(median(samples)),
  min: round(Math.min(...samples)),
  max: round(Math.max(...samples)),
  domContentLoaded: round(median(dcl)),
  firstContentfulPaint: round(median(fcp)),
});

export interface PromptSample {
  /** When the break fell due: the engine's wakeAt and the alarm's time. */
  dueAt: number;
  /** Due → the worker reported starting (DevTools protocol). */
  workerStartMs: number;
  /** Due → the engine decided to prompt (the prompted stage's `at`, written by the worker). */
  decidedMs: number;
  /** Due → the notification was there (chrome.notifications.getAll, polled every 5 ms). */
  notificationMs: number;
}

export interface BrowserResults {
  chromium: string;
  firstPopupMs: number;
  popup: Timing;
  options: Timing;
  break: Timing;
  prompt: { samples: PromptSample[]; median: number; medianWorkerStart: number; medianDecided: number };
  heap: {
    /** Used JS heap of the worker just after start-up, after a forced GC. */
    afterStartKB: number;
    /** The same after one simulated day of events. */
    afterDayKB: number;
    /** And after a second such day: growth between the two would point at a leak. */
    afterTwoDaysKB: number;
    events: Record<string, number>;
    restartedDuringDay: boolean;
  };
  /** chrome.storage.local.getBytesInUse('history') with a year of history stored. */
  historyYearBytesInUse: number;
  /** The platform's floor: the floor extension's pages, loaded like the popup. */
  floor: {
    /** blank.html (static text, no script): the samples are DOMContentLoaded end. */
    blank: Timing;
    /** storage.html: one chrome.storage.local read, a line written, marked after the next frame. */
    storage: Timing;
    /** The floor extension's first page load (storage.html), not counted: the popup's is apart too. */
    firstLoadMs: number;
  };
}

/**
 * The service workers' running status as Chromium reports it, and a way to stop and start them.
 * `status` is Sitwell's worker; the other extensions' workers (the floor extension's) are tracked
 * too, so that stop() returns only once every one of them has stopped: a page timed after it
 * starts in a fresh process, whichever extension it belongs to.
 */
class WorkerControl {
  startedAt = 0;
  private listeners: Array<() => void> = [];
  /** Running status per worker version, with the extension id the version belongs to. */
  private readonly versions = new Map<string, { extension: string; running: string }>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly id: string,
    private readonly tracked: readonly string[],
  ) {}

  /** Attaches to `id`'s worker (Sitwell's), and tracks `others`' workers for stop(). */
  static async attach(page: Page, id: string, others: readonly string[] = []): Promise<WorkerControl> {
    const cdp = await page.context().newCDPSession(page);
    const control = new WorkerControl(cdp, id, [id, ...others]);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const before = control.status;
      for (const v of versions) {
        const extension = control.tracked.find((e) => v.scriptURL.startsWith(`chrome-extension://${e}/`));
        if (extension) control.versions.set(v.versionId, { extension, running: v.runningStatus });
      }
      if (control.status === 'starting' && before !== 'starting') control.startedAt = Date.now();
      for (const listener of control.listeners.splice(0)) listener();
    });
    await cdp.send('ServiceWorker.enable');
    return control;
  }

  /** Sitwell's worker: 'unknown' before Chromium has reported it. */
  get status(): string {
    return this.statusOf(this.id);
  }

  /** An extension's worker: running if any of its versions runs, stopped once all have stopped. */
  statusOf(extension: string): string {
    const statuses = [...this.versions.values()].filter((v) => v.extension === extension).map((v) => v.running);
    if (statuses.length === 0) return 'unknown';
    return ['running', 'starting', 'stopping'].find((s) => statuses.includes(s)) ?? 'stopped';
  }

  private allStopped(): boolean {
    return this.tracked.every((extension) => this.statusOf(extension) === 'stopped');
  }

  private describe(): string {
    return this.tracked.map((extension) => `${extension} ${this.statusOf(extension)}`).join(', ');
  }

  async until(test: () => boolean, timeout = 10_000): Promise<void> {
    const end = Date.now() + timeout;
    while (!test()) {
      if (Date.now() > end) throw new Error(`service workers still ${this.describe()} after ${timeout} ms`);
      await new Promise<void>((done) => {
        this.listeners.push(done);
        setTimeout(done, 100);
      });
    }
  }

  /**
   * Stops the workers as Chrome does after 30 s idle (ServiceWorker.stopAllWorkers: every
   * extension's), and resolves once every tracked one has stopped.
   */
  async stop(): Promise<void> {
    if (this.allStopped()) return;
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await this.until(() => this.allStopped());
  }

  async start(): Promise<void> {
    await this.cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${this.id}/` });
    await this.until(() => this.status === 'running');
  }
}

/** A DevTools session on the service worker target, through the browser's own session. */
class WorkerTarget {
  private next = 1;
  private pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  detached = false;

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message);
    });
    cdp.on('Target.detachedFromTarget', (event) => {
      if (event.sessionId === sessionId) this.detached = true;
    });
  }

  static async attach(context: BrowserContext, id: string): Promise<WorkerTarget> {
    const browser = context.browser();
    if (!browser) throw new Error('no browser-level DevTools session');
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`),
    );
    if (!target) throw new Error('the service worker target is not running');
    // The non-flattened mode routes the worker's protocol through this session's messages.
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new WorkerTarget(cdp, sessionId);
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.next++;
    return new Promise<T>((done, fail) => {
      this.pending.set(id, (message) => {
        this.pending.delete(id);
        if (message.error) fail(new Error(`${method}: ${JSON.stringify(message.error)}`));
        else done(message.result as T);
      });
      void this.cdp.send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  }

  /** Used JS heap in KB after a full garbage collection. */
  async usedHeapKB(): Promise<number> {
    await this.send('HeapProfiler.collectGarbage');
    const { usedSize } = await this.send<{ usedSize: number }>('Runtime.getHeapUsage');
    return round(usedSize / 1024);
  }

  async close(): Promise<void> {
    await this.cdp.detach();
  }
}

/**
 * Marks `selector` as painted the way the pages mark their own content (a Preact useEffect,
 * which runs after the next animation frame): the first time it is in the DOM, wait for the
 * next frame and a task, then store performance.now() in data-bench-painted-at.
 */
function markWhenPainted(selector: string): void {
  const done = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        document.documentElement.dataset.benchPaintedAt = String(performance.now());
      }),
    );
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    done();
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface Session {
  context: BrowserContext;
  /** Sitwell's extension id. */
  id: string;
  /** The floor extension's id. */
  floorId: string;
  control: WorkerControl;
  /** A URL in Sitwell. */
  url(path: string): string;
  /** A URL in the floor extension. */
  floorUrl(path: string): string;
  /** The running worker as Playwright sees it. */
  worker(): Promise<Worker>;
}

interface Manifest {
  name?: string;
  background?: { service_worker?: string };
}

function manifest(extension: string): Manifest {
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`no extension at ${extension}`);
  return JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as Manifest;
}

/** The path of an unpacked extension's service worker script, from its manifest. */
function workerScript(extension: string): string {
  const script = manifest(extension).background?.service_worker;
  if (!script) throw new Error(`${extension}/manifest.json names no service worker`);
  return `/${script.replace(/^\//, '')}`;
}

/**
 * The ids of Sitwell and the floor extension, found from their service workers once registered:
 * both may name their script background.js, so the floor's is told apart by its manifest's name
 * (chrome.runtime.getManifest() in the worker; Sitwell's own name is localized), and Sitwell's is
 * the other worker at the script its manifest names.
 */
async function extensionIds(
  context: BrowserContext,
  extension: string,
  floor: string,
): Promise<{ id: string; floorId: string }> {
  const script = workerScript(extension);
  workerScript(floor);
  const floorName = manifest(floor).name;
  /** Extension id → its worker's manifest name (undefined while it could not be asked). */
  const names = new Map<string, string | undefined>();
  const unasked = () => context.serviceWorkers().filter((w) => names.get(new URL(w.url()).host) === undefined);
  const found = () => {
    const floorId = [...names].find(([, name]) => name === floorName)?.[0];
    const id = context
      .serviceWorkers()
      .map((w) => new URL(w.url()))
      .find((url) => url.host !== floorId && names.has(url.host) && url.pathname === script)?.host;
    return id && floorId ? { id, floorId } : null;
  };
  const end = Date.now() + 30_000;
  for (;;) {
    for (const worker of unasked()) {
      const name = await run(worker, () => chrome.runtime.getManifest().name, null).catch(() => undefined);
      names.set(new URL(worker.url()).host, name);
    }
    const ids = found();
    if (ids) return ids;
    const left = end - Date.now();
    if (left <= 0) throw new Error(`Sitwell's or the floor extension's worker not found after 30 s: ${[...names]}`);
    // A worker that registered while the others were asked is asked straight away.
    if (unasked().length === 0) await context.waitForEvent('serviceworker', { timeout: left }).catch(() => undefined);
    else await sleep(50);
  }
}

async function openSession(profile: string, extension: string, floor: string): Promise<Session> {
  const extensions = [extension, floor];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensions.join(',')}`,
      `--load-extension=${extensions.join(',')}`,
    ],
  });
  const { id, floorId } = await extensionIds(context, extension, floor);
  const blank = context.pages()[0] ?? (await context.newPage());
  const control = await WorkerControl.attach(blank, id, [floorId]);
  const worker = async () => {
    if (control.status !== 'running') await control.start();
    const live = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${id}/`));
    return live.at(-1) ?? context.waitForEvent('serviceworker');
  };
  return {
    context,
    id,
    floorId,
    control,
    url: (path) => `chrome-extension://${id}/${path}`,
    floorUrl: (path) => `chrome-extension://${floorId}/${path}`,
    worker,
  };
}

/** Runs `use` in an extension page opened for it, and closes the page. */
async function withPage<R>(session: Session, use: (page: Page) => Promise<R>): Promise<R> {
  const page = await session.context.newPage();
  try {
    await page.goto(session.url('src/help/index.html'));
    return await use(page);
  } finally {
    await page.close();
  }
}

/**
 * Navigation start → content painted, `loads` times, every extension's service worker stopped
 * before each load, each load in a new tab closed afterwards. The sample is the page's own mark
 * (`attribute`, a data attribute on <html>; with `selector`, one added by markWhenPainted), or
 * with 'domContentLoaded' the navigation timing's domContentLoadedEventEnd.
 */
async function timePage(
  session: Session,
  url: string,
  loads: number,
  mark: { attribute: string; selector?: string } | 'domContentLoaded',
): Promise<Timing> {
  const samples: number[] = [];
  const domContentLoaded: number[] = [];
  const firstPaint: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    await session.control.stop();
    const page = await session.context.newPage();
    if (mark !== 'domContentLoaded' && mark.selector) await page.addInitScript(source(markWhenPainted, mark.selector));
    await page.goto(url);
    if (mark !== 'domContentLoaded') {
      // No inner functions here: this one is passed as a function (the pages' CSP forbids eval).
      const handle = await page.waitForFunction(
        (attribute) => document.documentElement.dataset[attribute],
        mark.attribute,
        {
          timeout: 15_000,
        },
      );
      samples.push(Number(await handle.jsonValue()));
    }
    // First contentful paint is stamped with the frame's presentation time and its entry can come
    // after the page's own mark: awaited (buffered), for at most a second.
    const [dcl, fcp] = await run(
      page,
      async () => {
        const fcp = await new Promise<number>((done) => {
          const timer = setTimeout(() => done(Number.NaN), 1000);
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (!entry) return;
            observer.disconnect();
            clearTimeout(timer);
            done(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
        });
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return [navigation.domContentLoadedEventEnd, fcp];
      },
      null,
    );
    if (mark === 'domContentLoaded') samples.push(dcl as number);
    domContentLoaded.push(dcl as number);
    firstPaint.push(fcp as number);
    debug(
      `${url}: ${round(samples.at(-1) as number)} ms; workers after the load: sitwell ${session.control.status}, floor ${session.control.statusOf(session.floorId)}`,
    );
    await page.close();
  }
  return timing(samples, domContentLoaded, firstPaint);
}

/**
 * One prompt: with the worker running, stored engine state is set so that an eye rest falls due
 * `lead` ms from now (default settings, nothing else changed) and the wake alarm is set for that
 * instant — what the worker itself would have planned. Then the worker is stopped, and the
 * sample is the time from due to the notification being there.
 */
async function promptOnce(session: Session, lead: number): Promise<PromptSample | null> {
  debug(`prompt: worker ${session.control.status}`);
  const worker = await session.worker();
  debug('prompt: setting up');
  // The worker may still be finishing the last wake (the alarm event after the start-up run): a
  // setup written in between would be overwritten. So wait, then check it held before stopping.
  await sleep(SETTLE_MS);
  let dueAt = 0;
  for (let attempt = 0; attempt < 3 && !dueAt; attempt += 1) {
    dueAt = await run(
      worker,
      async ({ lead, MIN, settle }) => {
        const now = Date.now();
        const due = now + lead;
        const { engine } = (await chrome.storage.local.get('engine')) as { engine: Record<string, unknown> };
        const timer = (anchor: number) => ({ anchor, snoozedUntil: null, snoozes: 0 });
        const next = {
          ...engine,
          stage: { name: 'sitting' },
          // Eye rests every 20 minutes: due at `due`; the stretch break is 50 minutes off.
          timers: { micro: timer(due - 20 * MIN), stretch: timer(now) },
          sittingSince: due - 20 * MIN,
          checkSince: now,
          posture: { phase: 'sit', since: now },
          awaySince: null,
          wakeAt: due,
          lastEventAt: now,
        };
        await chrome.notifications.clear('sitwell-break');
        await chrome.storage.local.set({ engine: next });
        await chrome.alarms.create('sitwell-wake', { when: due });
        await new Promise((done) => setTimeout(done, settle));
        const alarm = await chrome.alarms.get('sitwell-wake');
        const stored = (await chrome.storage.local.get('engine')) as { engine: { wakeAt: number } };
        return alarm?.scheduledTime === due && stored.engine.wakeAt === due ? due : 0;
      },
      { lead, MIN, settle: 100 },
    );
  }
  if (!dueAt) throw new Error('the worker kept overwriting the prompt set-up');
  debug(`prompt: due in ${dueAt - Date.now()} ms, stopping`);
  await session.control.stop();
  if (Date.now() > dueAt - 100) return null; // stopping took too long: not a clean sample
  debug('prompt: stopped');
  // The alarm starts the worker again; Playwright keeps one Worker object across restarts.
  await session.control.until(() => session.control.status === 'running', lead + 15_000);
  const woken = worker;
  const notifiedAt = await run(
    woken,
    async () => {
      for (const end = Date.now() + 10_000; Date.now() < end; ) {
        if ((await chrome.notifications.getAll())['sitwell-break']) return Date.now();
        await new Promise((done) => setTimeout(done, 5));
      }
      return null;
    },
    null,
  );
  debug(`notified ${notifiedAt}`);
  if (notifiedAt === null) throw new Error('no notification within 10 s of the worker starting');
  const stage = await run(
    woken,
    async () =>
      ((await chrome.storage.local.get('engine')) as { engine: { stage: { name: string; at?: number } } }).engine.stage,
    null,
  );
  if (stage.name !== 'prompted' || stage.at === undefined) throw new Error(`no prompt: stage ${stage.name}`);
  return {
    dueAt,
    workerStartMs: session.control.startedAt - dueAt,
    decidedMs: stage.at - dueAt,
    notificationMs: notifiedAt - dueAt,
  };
}

/**
 * A compressed working day for the heap: from an extension page, `cycles` breaks, each made due
 * through stored engine state and an immediate wake alarm (the worker prompts), then Start and
 * Done sent as the break page sends them; every fourth break is first snoozed and prompted
 * again; every sixth a settings edit is saved as the options page saves one.
 */
async function simulateDay(page: Page, cycles: number): Promise<Record<string, number>> {
  return run(
    page,
    async ({ cycles, MIN }) => {
      const events = { alarm: 0, message: 0, 'settings-change': 0 };
      /** Resolves true at the first storage change that passes `test`, false after `timeout` ms. */
      const changed = (test: (changes: Record<string, chrome.storage.StorageChange>) => boolean, timeout: number) =>
        new Promise<boolean>((done) => {
          const finish = (result: boolean) => {
            chrome.storage.onChanged.removeListener(listener);
            clearTimeout(timer);
            done(result);
          };
          const listener = (changes: Record<string, chrome.storage.StorageChange>) => {
            if (test(changes)) finish(true);
          };
          const timer = setTimeout(() => finish(false), timeout);
          chrome.storage.onChanged.addListener(listener);
        });
      const stageOf = (change: chrome.storage.StorageChange | undefined) =>
        (change?.newValue as { stage?: { name: string } } | undefined)?.stage?.name;
      // The break falls due through stored state, and a wake alarm set for now delivers it. The
      // worker may be finishing the previous event and move the alarm back to its own plan; then
      // the set-up is written again.
      const prompt = async (kind: 'micro' | 'stretch') => {
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const now = Date.now();
          const { engine } = (await chrome.storage.local.get('engine')) as { engine: Record<string, unknown> };
          const timer = (anchor: number) => ({ anchor, snoozedUntil: null, snoozes: 0 });
          const timers =
            kind === 'micro'
              ? { micro: timer(now - 20 * MIN), stretch: timer(now - 10 * MIN) }
              : { micro: timer(now - 10 * MIN), stretch: timer(now - 50 * MIN) };
          await chrome.storage.local.set({
            engine: { ...engine, stage: { name: 'sitting' }, timers, awaySince: null },
          });
          const prompted = changed((c) => stageOf(c.engine) === 'prompted', 3000);
          await chrome.alarms.create('sitwell-wake', { when: Date.now() });
          events.alarm += 1;
          if (await prompted) return;
        }
        throw new Error(`no ${kind} prompt after five alarms`);
      };
      const act = async (action: Record<string, unknown>) => {
        events.message += 1;
        await chrome.runtime.sendMessage({ type: 'action', action, from: 'break-page' });
      };
      for (let i = 0; i < cycles; i += 1) {
        const kind = i % 3 === 2 ? 'stretch' : 'micro';
        await prompt(kind);
        if (i % 4 === 3) {
          await act({ type: 'snooze' });
          await prompt(kind);
        }
        await act({ type: 'start' });
        const areaSeconds = kind === 'stretch' ? { neck: 60, shoulders: 60, hips: 60 } : { eyes: 20 };
        await act({ type: 'finish', areaSeconds });
        if (i % 6 === 5) {
          const saved = changed((c) => c.engine !== undefined, 5000);
          const settings = { snooze: { minutes: i % 12 === 5 ? 6 : 5, maxPerBreak: 2 } };
          await chrome.storage.sync.set({ settings: { version: 1, savedAt: Date.now(), settings } });
          events['settings-change'] += 1;
          await saved;
        }
      }
      return events;
    },
    { cycles, MIN },
  );
}

export interface BrowserOptions {
  /** The unpacked Chromium build to load (a copy of dist/chrome/, so a rebuild cannot pull it away). */
  extension: string;
  /** The floor extension to load beside it (a copy of bench/floor-extension/). */
  floorExtension: string;
  pageLoads: number;
  prompts: number;
  /** How far ahead of now each prompt's break is set to fall due. */
  promptLeadMs: number;
  /** Breaks in a simulated day, for the heap. */
  dayCycles: number;
  /** The encoded year of history to store and count. */
  historyYear: unknown;
  log(line: string): void;
}

export async function measureInBrowser(options: BrowserOptions): Promise<BrowserResults> {
  const profile = mkdtempSync(join(tmpdir(), 'sitwell-bench-'));
  const session = await openSession(profile, options.extension, options.floorExtension);
  const { log } = options;
  try {
    const version = session.context.browser()?.version() ?? 'unknown';
    // The worker's first start-up ends by planning the wake alarm.
    const worker = await session.worker();
    await run(
      worker,
      async () => {
        for (let i = 0; i < 200 && !(await chrome.alarms.get('sitwell-wake')); i += 1) {
          await new Promise((done) => setTimeout(done, 50));
        }
      },
      null,
    );

    // The first popup after the browser started, on its own: in Debian's Chromium without a
    // policy, the browser's first storage.managed answer takes seconds and the popup gives up
    // waiting for it after MANAGED_TIMEOUT_MS. The measured loads follow once that answer has come.
    log('popup: first load');
    const popupUrl = session.url('src/popup/index.html');
    const first = await timePage(session, popupUrl, 1, { attribute: 'statusPaintedAt' });
    await withPage(session, (page) =>
      run(page, () => Promise.race([chrome.storage.managed.get(), new Promise((d) => setTimeout(d, 10_000))]), null),
    );

    log(`popup: ${options.pageLoads} loads`);
    const popup = await timePage(session, popupUrl, options.pageLoads, { attribute: 'statusPaintedAt' });

    // The floor, timed the same way. Its first page load is left out as the popup's is: it opens
    // the floor extension's storage, which Sitwell's worker opened at start-up.
    log(`floor extension: ${options.pageLoads} loads of a blank page, ${options.pageLoads} of a page reading storage`);
    const storageUrl = session.floorUrl('storage.html');
    const floorFirst = await timePage(session, storageUrl, 1, { attribute: 'statusPaintedAt' });
    const floorBlank = await timePage(session, session.floorUrl('blank.html'), options.pageLoads, 'domContentLoaded');
    const floorStorage = await timePage(session, storageUrl, options.pageLoads, { attribute: 'statusPaintedAt' });
    log(`options page: ${options.pageLoads} loads`);
    const optionsPage = await timePage(session, session.url('src/options/index.html'), options.pageLoads, {
      attribute: 'benchPaintedAt',
      selector: '#panel-settings form',
    });
    // The break page shows its routine while a break is being taken: start one as its Start does.
    await withPage(session, (page) =>
      run(
        page,
        () =>
          chrome.runtime.sendMessage({
            type: 'action',
            action: { type: 'start', kind: 'stretch' },
            from: 'break-page',
          }),
        null,
      ),
    );
    log(`break page: ${options.pageLoads} loads`);
    const breakPage = await timePage(session, session.url('src/break/index.html?kind=stretch'), options.pageLoads, {
      attribute: 'exercisePaintedAt',
    });

    log(`prompt latency: ${options.prompts} prompts`);
    const samples: PromptSample[] = [];
    for (let tries = 0; samples.length < options.prompts && tries < options.prompts * 2; tries += 1) {
      const sample = await promptOnce(session, options.promptLeadMs);
      if (sample) samples.push(sample);
    }
    if (samples.length < options.prompts) throw new Error('the worker could not be stopped before the break fell due');

    log(`worker heap: two simulated days of ${options.dayCycles} breaks`);
    await session.control.stop();
    await session.control.start();
    await sleep(1500); // start-up work, including the storage.managed read
    const target = await WorkerTarget.attach(session.context, session.id);
    const afterStartKB = await target.usedHeapKB();
    const page = await session.context.newPage();
    await page.goto(session.url('src/help/index.html'));
    const events = await simulateDay(page, options.dayCycles);
    const afterDayKB = await target.usedHeapKB();
    await simulateDay(page, options.dayCycles);
    const afterTwoDaysKB = await target.usedHeapKB();
    const restartedDuringDay = target.detached;
    await target.close();

    const historyYearBytesInUse = await run(
      page,
      async (history) => {
        await chrome.storage.local.set({ history });
        return chrome.storage.local.getBytesInUse('history');
      },
      options.historyYear,
    );
    await page.close();

    return {
      chromium: version,
      firstPopupMs: first.median,
      popup,
      options: optionsPage,
      break: breakPage,
      prompt: {
        samples,
        median: median(samples.map((s) => s.notificationMs)),
        medianWorkerStart: median(samples.map((s) => s.workerStartMs)),
        medianDecided: median(samples.map((s) => s.decidedMs)),
      },
      heap: { afterStartKB, afterDayKB, afterTwoDaysKB, events, restartedDuringDay },
      historyYearBytesInUse,
      floor: { blank: floorBlank, storage: floorStorage, firstLoadMs: floorFirst.median },
    };
  } finally {
    await session.context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
