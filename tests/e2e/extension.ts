import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROME_PATH, CHROMIUM_FLAGS } from './chromium';

/** The production build under test: `npm run build` writes it, these tests never rebuild. */
export const EXTENSION_DIR = resolve('dist/chrome');

export interface Session {
  context: BrowserContext;
  worker: Worker;
  id: string;
  profile: string;
  url(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's language, as `--lang` sets it: extension messages follow it. */
  lang?: string;
}

export async function launch(
  profile = mkdtempSync(join(tmpdir(), 'sitwell-e2e-')),
  options: LaunchOptions = {},
): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('Run `npm run build` first: dist/chrome is missing.');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    profile,
    url: (path) => `chrome-extension://${id}/${path}`,
    close: async () => {
      await context.close();
    },
  };
}

/**
 * Quits the browser and starts it again on the same profile, as a person closing and reopening
 * it would: storage survives, and the extension keeps its id (Chromium derives an unpacked
 * extension's id from its folder).
 */
export async function relaunch(session: Session): Promise<Session> {
  await session.close();
  return launch(session.profile);
}

export function removeProfile(session: Session): void {
  rmSync(session.profile, { recursive: true, force: true });
}

/**
 * Resolves once the worker has finished starting up: its last start-up step plans the wake
 * alarm. No event announces an alarm, so this polls.
 */
export async function workerStarted(session: Session): Promise<number> {
  const wake = () => session.worker.evaluate(async () => (await chrome.alarms.get('sitwell-wake'))?.scheduledTime ?? 0);
  await expect.poll(wake, { timeout: 10_000 }).toBeGreaterThan(Date.now());
  return wake();
}

/** Opens an extension page and waits until it has rendered. */
export async function openPage(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url(path));
  return page;
}

/**
 * Stops the extension's service worker the way Chrome does after 30 s idle, through the DevTools
 * protocol, and resolves once Chrome reports it stopped.
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const stopped = new Promise<void>((done) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v: { runningStatus: string }) => v.runningStatus === 'stopped')) done();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

export interface SessionHandle {
  /** The running browser. */
  (): Session;
  /** Quits and relaunches it on the same profile; later calls return the new session. */
  restart(): Promise<Session>;
}

/** One browser with a fresh profile for the tests of a file; closed and removed after them. */
export function useSession(): SessionHandle {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    if (!session) return;
    await session.close();
    removeProfile(session);
  });
  const current = () => {
    if (!session) throw new Error('the browser has not started');
    return session;
  };
  const restart = async () => {
    session = await relaunch(current());
    return session;
  };
  return Object.assign(current, { restart });
}

/**
 * Stores settings the way the options page does and resolves with the wake the worker plans
 * for them (the engine's next wakeAt), read from the storage change it makes.
 */
export function storeSettingsAndAwaitWake(page: Page, settings: Record<string, unknown>): Promise<number> {
  return page.evaluate(async (settings) => {
    const changed = new Promise<number>((resolve) => {
      chrome.storage.onChanged.addListener((changes) => {
        const wakeAt = (changes.engine?.newValue as { wakeAt?: unknown } | undefined)?.wakeAt;
        if (typeof wakeAt === 'number') resolve(wakeAt);
      });
    });
    await chrome.storage.sync.set({ settings: { version: 1, savedAt: Date.now(), settings } });
    return changed;
  }, settings);
}
