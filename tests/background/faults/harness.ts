/**
 * Shared by the worker-level fault tests: a fresh fake browser per generated case (the setup file
 * only resets it per test) and the fake clock driven as Chrome drives a sleeping machine; the
 * byte quota comes from tests/unit/faults/quota.ts.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { History } from '../../../src/core';
import { fakeCommands } from '../fake-commands';
import { fakeIdle } from '../fake-idle';
import { setNow, startWorker, stopWorker, wakeAlarm } from '../worker';

export type Worker = Awaited<ReturnType<typeof startWorker>>;

/** What beforeEach in setup-fake-browser.ts does, for one generated case inside a test. */
export function freshBrowser(now: number): void {
  stopWorker();
  fakeBrowser.reset();
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: vi.fn(async () => 'granted') });
  fakeIdle.reset();
  fakeCommands.reset();
  setNow(now);
}

/** Moves the clock on by `ms` with the machine awake: the wake alarm fires each time it falls due. */
export async function advance(worker: Worker, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (let fired = 0; fired < 1000; fired++) {
    const alarm = await wakeAlarm();
    if (!alarm || alarm.scheduledTime > until) break;
    setNow(Math.max(Date.now(), alarm.scheduledTime));
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await worker.drained();
  }
  setNow(until);
}

/**
 * The machine sleeps for `ms`: no alarm fires meanwhile. With `restart`, Chrome stopped the worker
 * too, and the wake starts a fresh one. Then an alarm that fell due fires once, late; with none
 * due, the worker runs next for the idle API's "active".
 */
export async function sleep(worker: Worker, ms: number, restart = false): Promise<Worker> {
  setNow(Date.now() + ms);
  let running = worker;
  if (restart) {
    stopWorker();
    running = await startWorker();
  }
  const alarm = await wakeAlarm();
  if (alarm && alarm.scheduledTime <= Date.now()) await fakeBrowser.alarms.onAlarm.trigger(alarm);
  else fakeIdle.fire('active');
  await running.drained();
  return running;
}

/** Sums one field of every day, e.g. total natural breaks. */
export function total(history: History | undefined, pick: (day: History['days'][string]) => number): number {
  return Object.values(history?.days ?? {}).reduce((sum, day) => sum + pick(day), 0);
}

export { bytesOf, bytesStored, limitLocalStorage, QUOTA_MESSAGE } from '../../unit/faults/quota';
