import type { ChecklistItem, ChecklistSection } from '../core/checklist/types';
import { HEAD_NECK, KEYBOARD_MOUSE, SCREEN } from './checklist-desk';
import { CHAIR, FEET, REACH } from './checklist-featured';
import { HABITS, LIGHT } from './checklist-room';
import { deepFreeze } from './deep-freeze';

/**
 * The workstation checklist (content brief §2), frozen to the last string. The three featured
 * topics come first: their sections lead the list and their lead items carry `featured`.
 * Their words are messages named by id (src/locales/<lang>/checklist-items.json:
 * `cl_section_<id>`, `cl_<id>_statement`, `cl_<id>_tip`, with hyphens as underscores), read
 * through src/ui/checklist-text.ts.
 * Ids are stored with people's answers, so an id never changes once shipped; retire an item by
 * removing it, never by reusing its id (answers to retired ids are kept and simply not shown).
 */
export const CHECKLIST_SECTIONS: readonly ChecklistSection[] = /* @__PURE__ */ deepFreeze([
  { id: 'chair', featured: true },
  { id: 'feet', featured: true },
  { id: 'reach', featured: true },
  { id: 'screen', featured: false },
  { id: 'keyboard-mouse', featured: false },
  { id: 'head-neck', featured: false },
  { id: 'light', featured: false },
  { id: 'habits', featured: false },
]);

/** Every item, section by section in the order of CHECKLIST_SECTIONS. */
export const CHECKLIST_ITEMS: readonly ChecklistItem[] = /* @__PURE__ */ deepFreeze([
  ...CHAIR,
  ...FEET,
  ...REACH,
  ...SCREEN,
  ...KEYBOARD_MOUSE,
  ...HEAD_NECK,
  ...LIGHT,
  ...HABITS,
]);

const BY_ID: ReadonlyMap<string, ChecklistItem> = new Map(CHECKLIST_ITEMS.map((item) => [item.id, item]));

export function checklistItemById(id: string): ChecklistItem | undefined {
  return BY_ID.get(id);
}

export interface ChecklistSummary {
  total: number;
  featured: number;
  /** Item counts by section, in section order (sections without items show 0). */
  bySection: { id: string; items: number }[];
}

/** How the items spread over the sections: for tests and the closing note of a change. */
export function summarizeChecklist(
  items: readonly ChecklistItem[] = CHECKLIST_ITEMS,
  sections: readonly ChecklistSection[] = CHECKLIST_SECTIONS,
): ChecklistSummary {
  return {
    total: items.length,
    featured: items.filter((item) => item.featured).length,
    bySection: sections.map(({ id }) => ({
      id,
      items: items.filter((item) => item.section === id).length,
    })),
  };
}
