import { browser } from './browser';
import { onStorageKeyChanged } from './storage-watch';

/** In storage.local: the number of stretch breaks a day the person aims for, for the streak. */
const KEY = 'historyGoal';

export const GOAL_DEFAULT = 6;
export const GOAL_MIN = 1;
export const GOAL_MAX = 30;

/** A whole number from GOAL_MIN to GOAL_MAX, or null for anything else. */
export function validGoal(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= GOAL_MIN && value <= GOAL_MAX ? value : null;
}

export async function readHistoryGoal(): Promise<number> {
  return validGoal((await browser.storage.local.get(KEY))[KEY]) ?? GOAL_DEFAULT;
}

export async function writeHistoryGoal(goal: number): Promise<void> {
  const valid = validGoal(goal);
  // A programming error (the page only saves valid goals), so it is for developers and stays English.
  if (valid === null) throw new RangeError(`The goal must be a whole number from ${GOAL_MIN} to ${GOAL_MAX}.`); // i18n-exempt: developer error
  await browser.storage.local.set({ [KEY]: valid });
}

export function onHistoryGoalChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['local'], listener);
}
