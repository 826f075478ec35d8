import {
  type ChecklistItem,
  type ChecklistSection,
  type MergedChecklist,
  mergeItems,
  policyChecklistItems,
} from '../core';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../data/checklist';
import { browser } from './browser';
import { onPolicyChanged, readManagedPolicy } from './policy-store';
import { onStorageKeyChanged } from './storage-watch';

/**
 * Where checklist items beyond the built-in list come from: storage.local 'checklistExtraItems',
 * read as unknown input and validated item by item by mergeItems. Preset files fill it; admin
 * policy items (read through policy-store, which times out the managed read) are added after it.
 */
export const EXTRA_ITEMS_KEY = 'checklistExtraItems';

export async function readChecklist(): Promise<MergedChecklist> {
  const [stored, managed] = await Promise.all([browser.storage.local.get(EXTRA_ITEMS_KEY), readManagedPolicy()]);
  const own = stored[EXTRA_ITEMS_KEY];
  const fromPolicy = policyChecklistItems(managed);
  // Policy items come after the person's own; mergeItems judges every item on its own.
  const local = fromPolicy.length === 0 ? own : [...(Array.isArray(own) ? own : []), ...fromPolicy];
  const builtIn = {
    sections: CHECKLIST_SECTIONS as readonly ChecklistSection[],
    items: CHECKLIST_ITEMS as readonly ChecklistItem[],
  };
  return mergeItems(builtIn, local);
}

export function onChecklistSourcesChanged(listener: () => void): () => void {
  const offLocal = onStorageKeyChanged(EXTRA_ITEMS_KEY, ['local'], listener);
  const offPolicy = onPolicyChanged(listener);
  return () => {
    offLocal();
    offPolicy();
  };
}

/**
 * Adds a preset's checklist items to the person's own extra items; an item with an id already
 * there replaces it, so applying the same preset twice does not list its items twice.
 */
export async function addExtraChecklistItems(items: readonly { id: string }[]): Promise<void> {
  if (items.length === 0) return;
  const stored = (await browser.storage.local.get(EXTRA_ITEMS_KEY))[EXTRA_ITEMS_KEY];
  const own = Array.isArray(stored) ? (stored as unknown[]) : [];
  const ids = new Set(items.map((i) => i.id));
  const kept = own.filter(
    (i) => !(typeof i === 'object' && i !== null && ids.has((i as { id?: unknown }).id as string)),
  );
  await browser.storage.local.set({ [EXTRA_ITEMS_KEY]: [...kept, ...items] });
}
