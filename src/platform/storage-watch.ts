import { browser } from './browser';

type Area = 'local' | 'sync' | 'session' | 'managed';

/** Calls `listener` whenever `key` changes in one of `areas`; returns the unsubscribe function. */
export function onStorageKeyChanged(key: string, areas: readonly Area[], listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (key in changes && (areas as readonly string[]).includes(area)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
