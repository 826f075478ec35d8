import { type EngineState, parseEngineState } from '../core';
import { browser } from './browser';
import { isQuotaError, setMakingRoom } from './history-store';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'engine';

/** The engine's state, in storage.local: timer state is per device and changes too often for sync. */
export async function readEngineState(now: number): Promise<EngineState> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  return parseEngineState(raw, now).state;
}

/**
 * Stores the engine's state; false when storage is full even after the oldest history days made
 * room. Timer state is disposable, and the worker must carry on to record the person's breaks
 * and set its alarm, so a full storage never makes this reject: the next wake starts from the
 * state stored last.
 */
export async function writeEngineState(state: EngineState): Promise<boolean> {
  try {
    await setMakingRoom({ [KEY]: state });
    return true;
  } catch (error) {
    if (isQuotaError(error)) return false;
    throw error;
  }
}

export function onEngineStateChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['local'], listener);
}
