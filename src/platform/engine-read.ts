import { type EngineState, parseEngineState } from '../core';
import { browser } from './browser';
import { onStorageKeyChanged } from './storage-watch';

/** The storage.local key of the engine's state; the worker writes it (engine-store.ts). */
export const ENGINE_KEY = 'engine';

/** The engine's state, in storage.local: timer state is per device and changes too often for sync. */
export async function readEngineState(now: number): Promise<EngineState> {
  const raw = (await browser.storage.local.get(ENGINE_KEY))[ENGINE_KEY];
  return parseEngineState(raw, now).state;
}

export function onEngineStateChanged(listener: () => void): () => void {
  return onStorageKeyChanged(ENGINE_KEY, ['local'], listener);
}
