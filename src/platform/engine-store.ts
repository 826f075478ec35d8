import { type EngineState, parseEngineState } from '../core';
import { browser } from './browser';

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
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
