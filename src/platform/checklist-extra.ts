import { type ChecklistItem, type ChecklistSection, type MergedChecklist, mergeItems } from '../core';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../data/checklist';
import { browser } from './browser';
import { onStorageKeyChanged } from './storage-watch';

/**
 * Where checklist items beyond the built-in list come from: storage.local 'checklistExtraItems',
 * read as unknown input and validated item by item by mergeItems. The presets issue fills it from
 * preset files and admin policy. (Policy is not read here directly: in Debian's Chromium with no
 * policy set, storage.managed.get() never settles, so that read needs a timeout of its own.)
 */
export const EXTRA_ITEMS_KEY = 'checklistExtraItems';

export async function readChecklist(): Promise<MergedChecklist> {
  const local = (await browser.storage.local.get(EXTRA_ITEMS_KEY))[EXTRA_ITEMS_KEY];
  const builtIn = {
    sections: CHECKLIST_SECTIONS as readonly ChecklistSection[],
    items: CHECKLIST_ITEMS as readonly ChecklistItem[],
  };
  return mergeItems(builtIn, local);
}

export function onChecklistSourcesChanged(listener: () => void): () => void {
  return onStorageKeyChanged(EXTRA_ITEMS_KEY, ['local'], listener);
}
