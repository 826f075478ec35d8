/**
 * Fault: the break notification cannot be shown — creating it fails, or notifications are blocked
 * for the browser. The break window (src/break/index.html) must open instead. Each variant runs in
 * a browser of its own, all at once, since each waits a minute for its break to fall due.
 */
import type { Worker } from 'playwright-core';
import type { ExpectStatic, TestContext } from 'vitest';
import { recordFault } from '../../reliability-log';
import { launch, openPage, removeProfile, storeSettingsAndAwaitWake, workerStarted } from '../extension';
import { notificationIds, readStored, STRETCH_EVERY_MINUTE, stretchCounts } from './helpers';

type Variant =
  /** chrome.notifications.create throws. */
  | 'create-throws'
  /** chrome.notifications.create reaches Chrome, which fails it (runtime.lastError): its icon is missing. */
  | 'create-fails'
  /** chrome.notifications.getPermissionLevel reports "denied", as when notifications are blocked. */
  | 'denied';

interface Call {
  name: 'create' | 'getPermissionLevel';
  at: number;
}

interface WithCalls {
  __sitwellFaultCalls?: Call[];
}

/**
 * Replaces the two notification calls in the running worker. webextension-polyfill looks each
 * method up on chrome.notifications when it is called, so the worker's own code gets the patched
 * ones for as long as this worker instance lives.
 */
function inject(worker: Worker, variant: Variant): Promise<void> {
  return worker.evaluate((variant) => {
    type Fn = (...args: unknown[]) => unknown;
    const api = chrome.notifications as unknown as Record<'create' | 'getPermissionLevel', Fn>;
    const calls: Call[] = [];
    (globalThis as WithCalls).__sitwellFaultCalls = calls;
    const create = api.create.bind(chrome.notifications);
    const getPermissionLevel = api.getPermissionLevel.bind(chrome.notifications);
    api.create = (...args) => {
      calls.push({ name: 'create', at: Date.now() });
      if (variant === 'create-throws') throw new Error('injected: notifications.create failed');
      if (variant === 'create-fails') {
        const [id, options, callback] = args as [string, chrome.notifications.NotificationCreateOptions, Fn];
        return create(id, { ...options, iconUrl: chrome.runtime.getURL('icons/missing.png') }, callback);
      }
      return create(...args);
    };
    api.getPermissionLevel = (...args) => {
      calls.push({ name: 'getPermissionLevel', at: Date.now() });
      if (variant !== 'denied') return getPermissionLevel(...args);
      const callback = args[0];
      if (typeof callback === 'function') return void callback('denied');
      return Promise.resolve('denied');
    };
  }, variant);
}

interface Outcome {
  variant: Variant;
  /** From the break falling due to the break window's page appearing, in ms. */
  latency: number;
  /** From the failed (or skipped) notification to the window, in ms. */
  fallback: number;
  calls: Call['name'][];
}

async function promptWith(expect: ExpectStatic, variant: Variant): Promise<Outcome> {
  const session = await launch();
  try {
    await workerStarted(session);
    const page = await openPage(session, 'src/options/index.html');
    const worker = session.worker;
    await inject(worker, variant);
    const restarted = session.context.waitForEvent('serviceworker', { timeout: 0 });
    const due = await storeSettingsAndAwaitWake(page, STRETCH_EVERY_MINUTE);
    const breakPage = await Promise.race([
      session.context.waitForEvent('page', {
        predicate: (p) => p.url().includes('src/break/index.html'),
        timeout: due - Date.now() + 20_000,
      }),
      // The patch lives in this worker instance only: a new one would prompt unpatched.
      restarted.then(() => {
        throw new Error(`${variant}: the worker restarted before the prompt, without the injected fault`);
      }),
    ]);
    const openedAt = Date.now();
    expect(breakPage.url()).toBe(session.url('src/break/index.html?kind=stretch'));
    await expect.poll(() => breakPage.getByTestId('break-kind').textContent()).toBe('Stretch break');

    // The worker that prompted is the patched one, and it met the fault.
    expect(session.context.serviceWorkers()).toContain(worker);
    const calls = await worker.evaluate(() => (globalThis as WithCalls).__sitwellFaultCalls ?? []);
    const names = calls.map((c) => c.name);
    expect(names).toEqual(variant === 'denied' ? ['getPermissionLevel'] : ['getPermissionLevel', 'create']);
    // No notification, and the prompt itself was recorded once.
    expect(await notificationIds(page)).toEqual([]);
    const { engine, history } = await readStored(page);
    expect(engine?.stage).toMatchObject({ name: 'prompted', kind: 'stretch' });
    expect(stretchCounts(history).prompted).toBe(1);
    return {
      variant,
      latency: openedAt - due,
      fallback: openedAt - (calls.at(-1)?.at ?? Number.NaN),
      calls: names,
    };
  } finally {
    await session.close();
    removeProfile(session);
  }
}

/**
 * Runs every variant at once, each in a browser of its own; throws unless each opened the break
 * window. Uses the test's own `expect`: it runs beside other fault tests (due-breaks.test.ts).
 */
export async function failNotifications({ expect }: TestContext): Promise<void> {
  const variants = ['create-throws', 'create-fails', 'denied'] as const;
  const outcomes = await Promise.all(variants.map((variant) => promptWith(expect, variant)));
  for (const o of outcomes) {
    console.log(
      `${o.variant}: break window ${o.latency} ms after the break fell due, ${o.fallback} ms after the failed call`,
    );
    expect(o.latency).toBeLessThan(5_000);
  }
  const [throws, fails, denied] = outcomes as [Outcome, Outcome, Outcome];
  recordFault({
    id: 'notification-create-fails',
    level: 'Chromium',
    fault: 'Creating the break notification fails',
    injection:
      'chrome.notifications.create patched in the running worker: it throws, or hands Chrome a missing icon so Chrome fails it (runtime.lastError)',
    runs: 2,
    result: `break window opened instead both times, ${throws.latency} and ${fails.latency} ms after the break fell due; no notification; prompt recorded once`,
  });
  recordFault({
    id: 'notifications-denied',
    level: 'Chromium',
    fault: 'Notifications blocked for the browser',
    injection: "chrome.notifications.getPermissionLevel patched in the running worker to report 'denied'",
    runs: 1,
    result: `break window opened ${denied.latency} ms after the break fell due; no notification created; prompt recorded once`,
  });
}
