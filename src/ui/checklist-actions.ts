import type { Answer, ChecklistItem } from '../core';
import {
  answerItem,
  confirmFullCheck,
  createWorkstation,
  deleteWorkstation,
  renameWorkstation,
  switchWorkstation,
} from '../platform/checklist-store';

/**
 * What the checklist views can change. Components receive this as a prop (a stub in previews);
 * each call settles once storage has the change, and the views redraw from storage.
 */
export interface ChecklistActions {
  answer(itemId: string, given: Answer): Promise<void>;
  /** "I went over every item again today." */
  confirmFullCheck(): Promise<void>;
  switchTo(id: string): Promise<void>;
  /** Adds a workstation and makes it the current one. */
  create(name: string): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  /** Never removes the last one. */
  remove(id: string): Promise<void>;
}

const done = async (task: Promise<unknown>) => void (await task);

/** The real actions on storage.local, judging "complete" against the items shown (built-in and extra). */
export const checklistActions = (items: readonly ChecklistItem[]): ChecklistActions => ({
  answer: (itemId, given) => done(answerItem(itemId, given, items)),
  confirmFullCheck: () => done(confirmFullCheck(items)),
  switchTo: (id) => done(switchWorkstation(id)),
  create: (name) => done(createWorkstation(name)),
  rename: (id, name) => done(renameWorkstation(id, name)),
  remove: (id) => done(deleteWorkstation(id)),
});
