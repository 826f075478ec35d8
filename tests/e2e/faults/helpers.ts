import type { BrowserContext, Page } from 'playwright-core';
import type { ExpectStatic } from 'vitest';
import {
  addRecord,
  type EngineState,
  emptyHistory,
  encodeHistory,
  type HistoryInput,
  type KindCounts,
  parseHistory,
  type StoredHistory,
} from '../../../src/core';

/** Settings for one stretch break a minute, eye rests off: a break falls due about a minute on. */
export const STRETCH_EVERY_MINUTE = {
  stretchBreak: { enabled: true, everyMinutes: 1, durationMinutes: 1 },
  microBreak: { enabled: false },
};

/** The notification id of the break prompt (src/platform/notifications.ts). */
export const PROMPT_ID = 'sitwell-break';

/** mulberry32: a small seeded generator, so a failing run's fault moments can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of this run: FAULT_SEED replays an earlier one. Printed, so a failure can be replayed. */
export function faultSeed(label: string): number {
  const seed = Number(process.env.FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`${label}: seed ${seed} (FAULT_SEED=${seed} replays it)`);
  return seed;
}

/**
 * Resolves when the wall clock reaches `at`. Only for placing a fault at a chosen moment of the
 * cycle: waiting for something the extension does goes through its events instead.
 */
export function until(at: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
}

export type WorkerStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * The extension's service worker as the DevTools protocol reports it, with a way to stop it at
 * once (as Chrome does after 30 s idle, or on a crash) and to wake it with a message, as a page would.
 */
export interface WorkerControl {
  readonly status: WorkerStatus;
  /** Worker instances that have reached "running" since this control attached. */
  readonly starts: number;
  /** Stops the worker; resolves once it has stopped. False when it was not running. */
  stop(): Promise<boolean>;
  /** Sends the worker a message that changes nothing and resolves once a worker is running. */
  wake(): Promise<void>;
  detach(): Promise<void>;
}

export async function controlWorker(page: Page): Promise<WorkerControl> {
  const cdp = await page.context().newCDPSession(page);
  let status: WorkerStatus = 'stopped';
  let starts = 0;
  const waiters: { want: WorkerStatus; done: () => void }[] = [];
  const waitFor = (want: WorkerStatus) =>
    status === want ? Promise.resolve() : new Promise<void>((done) => waiters.push({ want, done }));
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    // One registration, one live version; a replaced one reports "stopped" as it goes.
    const live = versions.filter((v) => v.runningStatus !== 'stopped');
    const next = (live[0]?.runningStatus ?? 'stopped') as WorkerStatus;
    if (next === status) return;
    status = next;
    if (next === 'running') starts += 1;
    for (const w of waiters.splice(0)) {
      if (w.want === next) w.done();
      else waiters.push(w);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    get status() {
      return status;
    },
    get starts() {
      return starts;
    },
    async stop() {
      if (status === 'stopped') return false;
      const stopped = waitFor('stopped');
      if (status !== 'stopping') await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      return true;
    },
    async wake() {
      const running = waitFor('running');
      // "Resume" outside a pause is no change: the worker only runs the engine once more, as on any
      // wake. Not awaited: the reply is lost if the worker is stopped before it answers.
      page
        .evaluate(() =>
          chrome.runtime.sendMessage({ type: 'action', action: { type: 'resume' }, from: 'options' }).catch(() => null),
        )
        .catch(() => undefined);
      await running;
    },
    detach: () => cdp.detach(),
  };
}

/**
 * Asks the worker for a change that changes nothing and resolves with its reply: the worker runs
 * events one after another, so by then everything it started before (its start-up) is done.
 */
export function drainWorker(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'action', action: { type: 'resume' }, from: 'options' }),
  );
}

/** One storage change or notification closing, as an extension page saw it, with its time. */
export interface Logged {
  at: number;
  what: 'engine' | 'history' | 'closed';
  value: unknown;
}

interface WithLog {
  __sitwellFaultLog?: Logged[];
}

/**
 * Records in `page` every change of the engine state and the history, and every notification
 * closing (clearing one closes it too): together they tell how often a prompt was shown.
 */
export async function recordChanges(page: Page): Promise<() => Promise<Logged[]>> {
  await page.evaluate(() => {
    const log: Logged[] = [];
    (globalThis as WithLog).__sitwellFaultLog = log;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      const at = Date.now();
      if (changes.engine) log.push({ at, what: 'engine', value: changes.engine.newValue });
      if (changes.history) log.push({ at, what: 'history', value: changes.history.newValue });
    });
    chrome.notifications.onClosed.addListener((id) => log.push({ at: Date.now(), what: 'closed', value: id }));
  });
  return () => page.evaluate(() => (globalThis as WithLog).__sitwellFaultLog ?? []);
}

/** Stretch-break counts of the stored history, summed over its days (a run may cross midnight). */
export function stretchCounts(stored: unknown): KindCounts {
  const total: KindCounts = { prompted: 0, taken: 0, snoozed: 0, skipped: 0 };
  for (const day of Object.values(parseHistory(stored).days)) {
    total.prompted += day.stretch.prompted;
    total.taken += day.stretch.taken;
    total.snoozed += day.stretch.snoozed;
    total.skipped += day.stretch.skipped;
  }
  return total;
}

export interface Stored {
  engine: EngineState | undefined;
  history: unknown;
}

export const readStored = (page: Page): Promise<Stored> =>
  page.evaluate(async () => (await chrome.storage.local.get(['engine', 'history'])) as Stored);

export const notificationIds = async (page: Page): Promise<string[]> =>
  Object.keys(await page.evaluate(() => chrome.notifications.getAll()));

/**
 * Polls until the stored history counts at least `n` stretch prompts; resolves with the counts.
 * Takes the calling test's `expect`: these tests run concurrently, where the global one fails.
 */
export async function awaitPrompts(expect: ExpectStatic, page: Page, n: number, timeout: number): Promise<KindCounts> {
  await expect
    .poll(async () => stretchCounts((await readStored(page)).history).prompted, { timeout, interval: 100 })
    .toBeGreaterThanOrEqual(n);
  return stretchCounts((await readStored(page)).history);
}

/**
 * A few earlier days of history in the stored form (v2), built with the core's own functions:
 * breaks taken, snoozed and skipped, sitting, exercise minutes, a posture check, a checklist score.
 */
export function seedHistory(now = Date.now()): StoredHistory {
  const DAY = 24 * 60 * 60 * 1000;
  const inputs: HistoryInput[] = [];
  for (const back of [3, 2, 1]) {
    const at = now - back * DAY;
    inputs.push(
      { what: 'prompted', kind: 'stretch', at },
      { what: 'taken', kind: 'stretch', at },
      { what: 'prompted', kind: 'micro', at: at + 1 },
      { what: 'snoozed', kind: 'micro', at: at + 2 },
      { what: 'prompted', kind: 'micro', at: at + 3 },
      { what: 'skipped', kind: 'micro', at: at + 4 },
      { what: 'natural', kind: null, at: at + 5 },
      { what: 'sitting', minutes: 40 + back, at: at + 6 },
      { what: 'areas', areaSeconds: { neck: 60 * back, shoulders: 30 }, at: at + 7 },
      { what: 'posture', answers: { lumbar: true, feet: back !== 2, reach: true }, at: at + 8 },
      { what: 'checklist-score', percent: 50 + 10 * back, at: at + 9 },
    );
  }
  return encodeHistory(inputs.reduce(addRecord, emptyHistory()));
}

/**
 * Turns on Developer mode, as the switch on chrome://extensions does (through the page's own
 * chrome.developerPrivate). Chromium keeps an unpacked extension that reloads itself only in
 * Developer mode: otherwise it disables it as an "unsupported developer extension", except in the
 * first seconds after start.
 */
export async function turnOnDeveloperMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(() => {
    type DeveloperPrivate = { updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void> };
    return (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.updateProfileConfiguration({
      inDeveloperMode: true,
    });
  });
  await page.close();
}
