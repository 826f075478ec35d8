import {
  addRecord,
  emptyHistory,
  encodeHistory,
  type History,
  type HistoryInput,
  mergeHistory,
  parseHistory,
  trim,
} from '../core';
import { browser } from './browser';
import { onStorageKeyChanged } from './storage-watch';

/** In storage.local, in the compact stored form of src/core/history/format.ts (version 2). */
const KEY = 'history';

/** The history, whatever version wrote it; older forms are read through their migrations. */
export async function readHistory(): Promise<History> {
  return parseHistory((await browser.storage.local.get(KEY))[KEY]);
}

// Writes made in one context (the worker, a page) run one after another, so a record appended
// while an import is under way is not lost. Two contexts writing in the same instant can still
// race; the worker writes the records, and pages only write on a person's click.
let tail: Promise<unknown> = Promise.resolve();

/**
 * Reads the history, applies `change` and writes the result (the newest KEEP_DAYS days) in one
 * storage.local.set. If the write fails (quota, a crash), storage still holds the previous history
 * whole: a failed write never loses earlier days.
 */
function update(change: (history: History) => History): Promise<History> {
  const run = tail.then(async () => {
    const next = trim(change(await readHistory()));
    await browser.storage.local.set({ [KEY]: encodeHistory(next) });
    return next;
  });
  tail = run.catch(() => undefined);
  return run;
}

/** Adds the engine's records (and the other history inputs) in one read-modify-write. */
export async function appendRecords(records: readonly HistoryInput[]): Promise<void> {
  if (records.length === 0) return;
  await update((history) => records.reduce(addRecord, history));
}

/** Writes `history` in place of what is stored, e.g. after mergeHistory for an import. */
export function replaceHistory(history: History): Promise<History> {
  return update(() => history);
}

/** Merges an imported history into the stored one (see mergeHistory) and returns the result. */
export function importHistory(incoming: History): Promise<History> {
  return update((history) => mergeHistory(history, incoming));
}

/** Forgets every recorded day. */
export async function clearHistory(): Promise<void> {
  await update(() => emptyHistory());
}

export function onHistoryChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['local'], listener);
}
