import { type EngineState, parseEngineState } from '../core';
import { browser } from './browser';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'engine';

/** The engine's state, in storage.local: timer state is per device and changes too often for sync. */
export async function readEngineState(now: number): Promise<EngineState> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  return parseEngineState(raw, now).state;
}

export async function writeEngineState(state: EngineState): Promise<void> {
  await browser.storage.local.set({ [KEY]: state });
}

export function onEngineStateChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['local'], listener);
}
