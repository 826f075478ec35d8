/**
 * Fault: the extension is updated (reloaded) in the middle of a break cycle. Chrome stops the old
 * worker, closes the extension's pages, drops its alarms and session storage, and starts the new
 * worker: the wake alarm must come back at the same due time, with the engine state and history kept.
 */
import type { Worker } from 'playwright-core';
import { expect, it } from 'vitest';
import type { EngineState } from '../../../src/core';
import { recordFault } from '../../reliability-log';
import { launch, openPage, removeProfile, storeSettingsAndAwaitWake, workerStarted } from '../extension';
import { STRETCH_EVERY_MINUTE, seedHistory, turnOnDeveloperMode, until } from './helpers';

/** How far into the one-minute cycle the update lands. */
const MID_CYCLE = 12_000;
/** How far the wake alarm may move. */
const SAME_TIME = 2_000;

const snapshot = (worker: Worker) =>
  worker.evaluate(async () => {
    const local = await chrome.storage.local.get(['engine', 'history']);
    return {
      engine: local.engine as EngineState,
      history: JSON.stringify(local.history),
      settings: JSON.stringify((await chrome.storage.sync.get('settings')).settings),
      marker: (await chrome.storage.session.get('faultMarker')).faultMarker as string | undefined,
      alarm: (await chrome.alarms.get('sitwell-wake'))?.scheduledTime ?? null,
    };
  });

it('restores the wake alarm at the same time and keeps the engine state and history across an update', async () => {
  const session = await launch();
  try {
    await workerStarted(session);
    // An unpacked extension reloads only in Developer mode, as for anyone who loaded it by hand.
    await turnOnDeveloperMode(session.context);
    const page = await openPage(session, 'src/options/index.html');
    const due = await storeSettingsAndAwaitWake(page, STRETCH_EVERY_MINUTE);
    await page.evaluate((history) => chrome.storage.local.set({ history }), seedHistory());
    // Session storage does not outlive the extension's own reload: the sign that it really happened.
    await page.evaluate(() => chrome.storage.session.set({ faultMarker: 'before the update' }));

    await until(due - 60_000 + MID_CYCLE);
    const before = await snapshot(session.worker);
    expect(before.alarm).toBe(due);
    expect(before.marker).toBe('before the update');

    const newWorker = session.context.waitForEvent('serviceworker');
    const pageClosed = page.waitForEvent('close');
    const reloadedAt = Date.now();
    await page.evaluate(() => {
      setTimeout(() => chrome.runtime.reload(), 0);
    });
    const worker = await newWorker;
    await pageClosed;
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.alarms.get('sitwell-wake'))?.scheduledTime ?? 0))
      .toBeGreaterThan(Date.now());
    const restoredIn = Date.now() - reloadedAt;
    const after = await snapshot(worker);

    const moved = (after.alarm ?? Number.NaN) - due;
    console.log(
      `updated ${reloadedAt - (due - 60_000)} ms into the cycle; alarm back after ${restoredIn} ms, moved ${moved} ms`,
    );
    expect(after.marker).toBeUndefined();
    expect(Math.abs(moved)).toBeLessThanOrEqual(SAME_TIME);
    expect(after.engine.wakeAt).toBe(after.alarm);
    // The new worker ran the engine once more (lastEventAt), and changed nothing else.
    const { lastEventAt: _before, wakeAt: _wakeBefore, ...keptBefore } = before.engine;
    const { lastEventAt: _after, wakeAt: _wakeAfter, ...keptAfter } = after.engine;
    expect(keptAfter).toEqual(keptBefore);
    expect(after.engine.lastEventAt).toBeGreaterThanOrEqual(reloadedAt);
    expect(after.history).toBe(before.history);
    expect(after.settings).toBe(before.settings);

    recordFault({
      id: 'extension-update',
      level: 'Chromium',
      fault: 'Extension updated (reloaded) mid-cycle',
      injection: `chrome.runtime.reload() from the options page ${Math.round((reloadedAt - (due - 60_000)) / 1000)} s into a 1-minute stretch cycle`,
      runs: 1,
      result: `wake alarm back ${restoredIn} ms after the reload, ${moved} ms from its due time; engine timers and history unchanged`,
    });
  } finally {
    await session.close();
    removeProfile(session);
  }
});
