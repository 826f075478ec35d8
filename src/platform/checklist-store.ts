import {
  type Answer,
  answer as answerCore,
  type ChecklistItem,
  type ChecklistState,
  confirmFullCheck as confirmFullCheckCore,
  createWorkstation as createWorkstationCore,
  currentWorkstation,
  deleteWorkstation as deleteWorkstationCore,
  parseChecklistState,
  renameWorkstation as renameWorkstationCore,
  scoreWorkstation,
  switchWorkstation as switchWorkstationCore,
  type WorkstationNames,
} from '../core';
import { browser } from './browser';
import { appendRecords, setMakingRoom } from './history-store';
import { t } from './i18n';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'checklist';

/**
 * What a workstation nobody named is called, in the browser's language ("My desk", "Desk 2"):
 * for the core's parse and create, and for anything else that reads checklist state (a backup).
 */
export const workstationNames = (): WorkstationNames => ({
  first: t('ck_default_name'),
  numbered: (n) => t('ck_numbered_name', n),
});

/**
 * In storage.local: answers describe this device's desks. (Quick posture checks, written several
 * times a day, once went here too; they now go to the history, see history-store recordPostureCheck.)
 */
export async function readChecklistState(): Promise<ChecklistState> {
  return parseChecklistState((await browser.storage.local.get(KEY))[KEY], workstationNames());
}

// Updates made in one context (a page, the worker) run one after another, so two quick answers
// never overwrite each other. Two contexts writing in the same instant can still race; both
// writes follow a person's click, so that is rare.
let tail: Promise<unknown> = Promise.resolve();

/** Reads the state, applies `change` and writes the result, after any update already under way here. */
export function updateChecklistState(change: (state: ChecklistState) => ChecklistState): Promise<ChecklistState> {
  const run = tail.then(async () => {
    const next = change(await readChecklistState());
    await setMakingRoom({ [KEY]: next }); // a full storage: the oldest history days make room
    return next;
  });
  tail = run.catch(() => undefined);
  return run;
}

/**
 * Answers an item for the current workstation (`null` clears it). Pass the merged item list when
 * extra items are in use, so that finishing them counts as finishing the checklist.
 */
export async function answerItem(
  itemId: string,
  given: Answer | null,
  /** The items shown (built-in and extra): the store stays free of the data, which the worker never needs. */
  items: readonly ChecklistItem[],
): Promise<ChecklistState> {
  const now = Date.now();
  const state = await updateChecklistState((current) => answerCore(current, itemId, given, now, items));
  // The day's score goes to the history, so it can show how the workstation improved.
  const { percent } = scoreWorkstation(items, currentWorkstation(state).answers);
  if (percent !== null) await appendRecords([{ what: 'checklist-score', percent, at: now }]);
  return state;
}

/** Restarts the recheck clock of the current workstation once every item has an answer. */
export function confirmFullCheck(items: readonly ChecklistItem[]): Promise<ChecklistState> {
  const now = Date.now();
  return updateChecklistState((state) => confirmFullCheckCore(state, now, items));
}

export function switchWorkstation(id: string): Promise<ChecklistState> {
  return updateChecklistState((state) => switchWorkstationCore(state, id));
}

/** Adds a workstation and makes it current; its id is `currentId` of the state returned. */
export function createWorkstation(name: string): Promise<ChecklistState> {
  const now = Date.now();
  return updateChecklistState((state) => createWorkstationCore(state, name, now, workstationNames()));
}

export function renameWorkstation(id: string, name: string): Promise<ChecklistState> {
  return updateChecklistState((state) => renameWorkstationCore(state, id, name));
}

/** Never removes the last workstation. */
export function deleteWorkstation(id: string): Promise<ChecklistState> {
  return updateChecklistState((state) => deleteWorkstationCore(state, id));
}

export function onChecklistStateChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['local'], listener);
}
