import type { MergedChecklist } from '../core';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../data/checklist';
import { onChecklistSourcesChanged, readChecklist } from '../platform/checklist-extra';
import { useStored } from './use-store';

const BUILT_IN: MergedChecklist = { sections: CHECKLIST_SECTIONS, items: CHECKLIST_ITEMS, errors: [] };

/** The built-in checklist plus any items from other sources, kept live; built-in until read. */
export function useChecklistItems(): MergedChecklist {
  return useStored(readChecklist, [onChecklistSourcesChanged]) ?? BUILT_IN;
}
