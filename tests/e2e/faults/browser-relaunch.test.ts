/**
 * Fault: the browser is closed in the middle of a break cycle and opened again on the same profile
 * (a person quitting it, an OS restart, a crash of the whole browser). The next break keeps its
 * time; the history and the checklist answers come back byte for byte.
 */
import type { Worker } from 'playwright-core';
import { expect, it } from 'vitest';
import { recordFault } from '../../reliability-log';
import { launch, openPage, relaunch, removeProfile, storeSettingsAndAwaitWake, workerStarted } from '../extension';
import { STRETCH_EVERY_MINUTE, seedHistory, until } from './helpers';

/** How far into the one-minute cycle the browser closes. */
const MID_CYCLE = 15_000;
/** How far the next break may move. */
const KEPT_WITHIN = 5_000;

/** What a person keeps, exactly as storage holds it, and where the timers stand. */
const snapshot = (worker: Worker) =>
  worker.evaluate(async () => {
    const local = await chrome.storage.local.get(['engine', 'history', 'checklist']);
    const sync = await chrome.storage.sync.get('settings');
    return {
      history: JSON.stringify(local.history),
      checklist: JSON.stringify(local.checklist),
      settings: JSON.stringify(sync.settings),
      wakeAt: (local.engine as { wakeAt: number }).wakeAt,
      alarm: (await chrome.alarms.get('sitwell-wake'))?.scheduledTime ?? null,
    };
  });

it('keeps the next break, the history and the checklist answers across closing and reopening the browser', async () => {
  let session = await launch();
  try {
    await workerStarted(session);
    const page = await openPage(session, 'src/options/index.html#checklist');
    const due = await storeSettingsAndAwaitWake(page, STRETCH_EVERY_MINUTE);
    const cycleStart = due - 60_000;

    // Earlier days of history, then checklist answers given on the page (which add today's score).
    await page.evaluate((history) => chrome.storage.local.set({ history }), seedHistory());
    const answers = { 'lumbar-support': 'Yes', 'feet-supported': 'Not yet', 'screen-distance': 'Yes' };
    for (const [id, label] of Object.entries(answers)) {
      await page.locator(`[data-item-id="${id}"]`).getByRole('radio', { name: label, exact: true }).check();
    }
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const { checklist } = (await chrome.storage.local.get('checklist')) as {
            checklist?: { workstations: { answers: Record<string, string> }[] };
          };
          return checklist?.workstations[0]?.answers;
        }),
      )
      .toEqual({ 'lumbar-support': 'yes', 'feet-supported': 'no', 'screen-distance': 'yes' });

    await until(cycleStart + MID_CYCLE);
    const before = await snapshot(session.worker);
    const closedAt = Date.now();
    session = await relaunch(session);
    const alarm = await workerStarted(session);
    const reopenedAt = Date.now();
    const after = await snapshot(session.worker);

    const drift = after.wakeAt - before.wakeAt;
    const remainingBefore = before.wakeAt - closedAt;
    const remainingAfter = after.wakeAt - reopenedAt;
    console.log(
      `closed ${closedAt - cycleStart} ms into the cycle for ${reopenedAt - closedAt} ms; next break ${remainingBefore} ms away before, ${remainingAfter} ms after; moved ${drift} ms (alarm ${alarm - before.wakeAt} ms)`,
    );
    expect(before.wakeAt).toBe(due);
    expect(Math.abs(drift)).toBeLessThanOrEqual(KEPT_WITHIN);
    expect(Math.abs(alarm - after.wakeAt)).toBeLessThan(1_000);
    expect(after.history).toBe(before.history);
    expect(after.checklist).toBe(before.checklist);
    expect(after.settings).toBe(before.settings);
    // The seeded days and today's checklist score are really there, not an empty history twice.
    expect(Object.keys(JSON.parse(after.history).d)).toHaveLength(4);

    recordFault({
      id: 'browser-relaunch',
      level: 'Chromium',
      fault: 'Browser closed and reopened mid-cycle',
      injection: `browser quit ${Math.round((closedAt - cycleStart) / 1000)} s into a 1-minute stretch cycle and relaunched on the same profile`,
      runs: 1,
      result: `next break moved ${drift} ms (${Math.round(remainingBefore / 1000)} s left before closing, ${Math.round(remainingAfter / 1000)} s after reopening ${((reopenedAt - closedAt) / 1000).toFixed(1)} s later); history, checklist answers and settings identical byte for byte`,
    });
  } finally {
    await session.close();
    removeProfile(session);
  }
});
