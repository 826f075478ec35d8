import { type Effect, type EngineState, parseOutbox } from '../core';
import { browser } from './browser';
import { ENGINE_KEY } from './engine-read';
import { isQuotaError, setMakingRoom } from './history-store';

const OUTBOX_KEY = 'outbox';

/**
 * Stores the engine's new state and the effects still to carry out in one write, so a worker
 * stopped after it never loses them (src/core/schedule/outbox.ts). False when storage stays full
 * even after the oldest history days made room: the worker then carries on from memory.
 */
export async function writeStateAndOutbox(state: EngineState, effects: readonly Effect[]): Promise<boolean> {
  try {
    await setMakingRoom(effects.length > 0 ? { [ENGINE_KEY]: state, [OUTBOX_KEY]: effects } : { [ENGINE_KEY]: state });
    return true;
  } catch (error) {
    if (isQuotaError(error)) return false;
    throw error;
  }
}

/** Effects a stopped worker left undone, checked; empty when there are none. */
export async function readOutbox(now: number): Promise<Effect[]> {
  return parseOutbox((await browser.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY], now);
}

/** The effects are carried out. */
export async function clearOutbox(): Promise<void> {
  await browser.storage.local.remove(OUTBOX_KEY);
}
