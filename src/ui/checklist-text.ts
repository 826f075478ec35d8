import type { ChecklistItem, ChecklistSection, PostureQuestion } from '../core';
import { checklistItemById } from '../data/checklist';
import { t, tKey } from '../platform/i18n';

/*
 * The words of the workstation checklist. Built-in sections and items are named by messages
 * built from their ids (src/locales/<lang>/checklist-items.json); sections and items added by a
 * preset or admin policy bring their own text, which is shown as given.
 */

/** An id as it appears in a message name: `keyboard-mouse` → `keyboard_mouse`. */
const part = (id: string) => id.replace(/-/g, '_');

/** What to check, e.g. "The screen is about an arm’s length away (50–100 cm, 20–40 in)." */
export const itemStatement = (item: ChecklistItem): string => item.statement ?? tKey(`cl_${part(item.id)}_statement`);

/** How to put it right. */
export const itemTip = (item: ChecklistItem): string => item.tip ?? tKey(`cl_${part(item.id)}_tip`);

/** The guidance the item rests on, if it names any. */
export function itemSource(item: ChecklistItem): string | undefined {
  if (item.source !== undefined) return item.source;
  return item.sourceId === undefined ? undefined : tKey(`cl_source_${part(item.sourceId)}`);
}

export const sectionTitle = (section: ChecklistSection): string =>
  section.title ?? tKey(`cl_section_${part(section.id)}`);

/** One of the quick posture check's questions. */
export const questionText = (question: PostureQuestion): string => t(question.key);

/** The tip of a built-in item by id (the posture check's questions point at one each). */
export function builtInTip(itemId: string): string | undefined {
  const item = checklistItemById(itemId);
  return item && itemTip(item);
}
