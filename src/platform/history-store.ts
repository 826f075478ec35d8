import {
  addRecord,
  emptyHistory,
  encodeHistory,
  type History,
  type HistoryInput,
  mergeHistory,
  type PostureTopic,
  parseHistory,
  trim,
} from '../core';
import { changedDays, dropOldestDays } from '../core/history/trim';
import { browser } from './browser';
import { onStorageKeyChanged } from './storage-watch';

/** In storage.local, in the compact stored form of src/core/history/format.ts (version 2). */
const KEY = 'history';

/** The history, whatever version wrote it; older forms are read through their migrations. */
export async function readHistory(): Promise<History> {
  return parseHistory((await browser.storage.local.get(KEY))[KEY]);
}

/**
 * A write refused because storage is full: Chromium rejects with "QUOTA_BYTES quota exceeded",
 * Firefox with a QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error === 'string') return /quota/i.test(error);
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}

// Writes made in one context (the worker, a page) run one after another, so a record appended
// while an import is under way is not lost. Two contexts writing in the same instant can still
// race; the worker writes the records, and pages only write on a person's click.
let tail: Promise<unknown> = Promise.resolve();

function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task);
  tail = run.catch(() => undefined);
  return run;
}

/**
 * Writes `history`. When storage is full, the oldest days outside `keep` are dropped, 1, then 2,
 * 4, 8… more at each retry (so a year takes at most nine), until the write fits; the history
 * actually stored is returned. Rejects, with storage left as it was, when dropping every other
 * day is not enough or the error is not a full storage.
 */
async function writeFitting(history: History, keep: ReadonlySet<string>): Promise<History> {
  let next = history;
  for (let drop = 1; ; drop *= 2) {
    try {
      await browser.storage.local.set({ [KEY]: encodeHistory(next) });
      return next;
    } catch (error) {
      const smaller = isQuotaError(error) ? dropOldestDays(next, drop, keep) : next;
      if (smaller === next) throw error;
      next = smaller;
    }
  }
}

/**
 * Reads the history, applies `change` and writes the result (the newest KEEP_DAYS days) in one
 * storage.local.set. If the write fails, storage still holds the previous history whole; if it
 * fails because storage is full, the oldest days the change did not touch make room first.
 */
function update(change: (history: History) => History): Promise<History> {
  return queued(async () => {
    const before = await readHistory();
    const next = trim(change(before));
    return writeFitting(next, changedDays(before, next));
  });
}

/**
 * Records a full storage refused even after making room, in this context. They go out with the
 * next append, so a storage that frees up later (another item shrinking) loses none of them.
 */
let unsaved: HistoryInput[] = [];

/**
 * Adds the engine's records (and the other history inputs) in one read-modify-write. A full
 * storage never makes this reject: the worker must go on to set its alarm whatever happens to
 * the history, and the records wait in `unsaved` for the next append.
 */
export async function appendRecords(records: readonly HistoryInput[]): Promise<void> {
  if (records.length === 0) return;
  const batch = [...unsaved, ...records];
  unsaved = [];
  try {
    await update((history) => batch.reduce(addRecord, history));
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    unsaved = [...batch, ...unsaved];
  }
}

/**
 * Counts one quick posture check today (the worker's "All good", the check window's answers);
 * questions left out were not answered, and a check with none is not counted. The history is its
 * only record: the checklist state's `postureChecks` is no longer written (src/core/checklist/types.ts).
 * Unlike appendRecords, a check that cannot be stored even after making room rejects: the check
 * window then says so, rather than "Saved" for answers that would only live in its memory.
 */
export async function recordPostureCheck(answers: Partial<Record<PostureTopic, boolean>>): Promise<void> {
  await update((history) => addRecord(history, { what: 'posture', answers, at: Date.now() }));
}

/**
 * Writes `items` to storage.local for another store (engine, checklist, routine). When storage is
 * full, the oldest history days make room, as for the history's own writes but always keeping the
 * newest day: each retry writes `items` and the smaller history in one storage.local.set, so a
 * write that cannot be made to fit leaves storage, history included, as it was, and rejects as
 * storage.local.set would.
 */
export async function setMakingRoom(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await queued(async () => {
      const history = await readHistory();
      const newest = new Set(Object.keys(history.days).sort().slice(-1));
      let smaller = history;
      for (let drop = 1; ; drop *= 2) {
        const next = dropOldestDays(smaller, drop, newest);
        if (next === smaller) throw error;
        smaller = next;
        try {
          await browser.storage.local.set({ ...items, [KEY]: encodeHistory(smaller) });
          return;
        } catch (retryError) {
          if (!isQuotaError(retryError)) throw retryError;
        }
      }
    });
  }
}

/** Writes `history` in place of what is stored, e.g. after mergeHistory for an import. */
export function replaceHistory(history: History): Promise<History> {
  return update(() => history);
}

/** Merges an imported history into the stored one (see mergeHistory) and returns the result. */
export function importHistory(incoming: History): Promise<History> {
  return update((history) => mergeHistory(history, incoming));
}

/** Forgets every recorded day, records still waiting for room included. */
export async function clearHistory(): Promise<void> {
  unsaved = [];
  await update(() => emptyHistory());
}

export function onHistoryChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['local'], listener);
}
