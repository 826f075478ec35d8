import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { type EngineState, type History, parseHistory } from '../../src/core';
import { fakeCommands } from './fake-commands';

export const T0 = new Date('2026-11-26T09:00:00+01:00').getTime();
export const MIN = 60_000;

/** Loads the worker entry as Chrome would on a wake, and waits for its start-up work. */
export async function startWorker() {
  const worker = await import('../../src/background/index');
  await worker.ready;
  return worker;
}

/** Moves the fake clock; the worker reads it through Date.now(). */
export function setNow(at: number): void {
  vi.setSystemTime(at);
}

export async function storedEngine(): Promise<EngineState> {
  return (await fakeBrowser.storage.local.get('engine')).engine as EngineState;
}

/** The stored history, decoded from its compact form; undefined while nothing is stored. */
export async function storedHistory(): Promise<History | undefined> {
  const raw = (await fakeBrowser.storage.local.get('history')).history;
  return raw === undefined ? undefined : parseHistory(raw);
}

export async function wakeAlarm() {
  return fakeBrowser.alarms.get('sitwell-wake');
}

/** Fires the wake alarm as the browser would once its time has come. */
export async function fireWakeAlarm(worker: { drained: () => Promise<void> }): Promise<void> {
  const alarm = await wakeAlarm();
  if (!alarm) throw new Error('no wake alarm is set');
  setNow(alarm.scheduledTime);
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
  await worker.drained();
}

export const promptNotification = () => fakeBrowser.notifications.getAllCreateOptions()['sitwell-break'];

/**
 * Simulates Chrome stopping the idle worker: listeners vanish with the script, storage and
 * alarms stay. The next startWorker() is a fresh load of the script.
 */
export function stopWorker(): void {
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.notifications.onClicked.removeAllListeners();
  fakeBrowser.notifications.onButtonClicked.removeAllListeners();
  (fakeBrowser.storage.onChanged as unknown as { removeAllListeners(): void }).removeAllListeners();
  fakeCommands.reset();
  vi.resetModules();
}
