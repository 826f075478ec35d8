import { addRecord, type BreakRecord, type History, parseHistory } from '../core';
import { browser } from './browser';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'history';

export async function readHistory(): Promise<History> {
  return parseHistory((await browser.storage.local.get(KEY))[KEY]);
}

/**
 * Adds records in one read-modify-write. If the write fails (quota, a crash), storage still holds
 * the previous history whole: a failed write never loses earlier days.
 */
export async function appendRecords(records: readonly BreakRecord[]): Promise<void> {
  if (records.length === 0) return;
  const history = records.reduce(addRecord, await readHistory());
  await browser.storage.local.set({ [KEY]: history });
}

export function onHistoryChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['local'], listener);
}
