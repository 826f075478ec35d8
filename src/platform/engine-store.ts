import type { EngineState } from '../core';
import { ENGINE_KEY } from './engine-read';
import { isQuotaError, setMakingRoom } from './history-store';

// Pages only read the state: they import engine-read.ts, which leaves the history's code out.
export { onEngineStateChanged, readEngineState } from './engine-read';

/**
 * Stores the engine's state; false when storage is full even after the oldest history days made
 * room. Timer state is disposable, and the worker must carry on to record the person's breaks
 * and set its alarm, so a full storage never makes this reject: the next wake starts from the
 * state stored last.
 */
export async function writeEngineState(state: EngineState): Promise<boolean> {
  try {
    await setMakingRoom({ [ENGINE_KEY]: state });
    return true;
  } catch (error) {
    if (isQuotaError(error)) return false;
    throw error;
  }
}
