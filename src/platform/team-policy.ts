import { type ChecklistItem, type ChecklistSection, type Policy, parsePolicy } from '../core';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../data/checklist';
import { readManagedPolicy } from './policy-store';

const BUILT_IN = {
  sections: CHECKLIST_SECTIONS as readonly ChecklistSection[],
  items: CHECKLIST_ITEMS as readonly ChecklistItem[],
};

/** The copy of the managed policy `parsed` was made from. */
let parsedFrom: Promise<unknown> | null = null;
let parsed: Promise<Policy> | null = null;

/**
 * The whole admin policy with its team presets and checklist items, validated leniently (bad
 * values are dropped and listed in `problems`), for the options page that shows it. The worker
 * and the popup read only its settings parts (policy-store.ts readPolicySettings).
 */
export function readPolicy(): Promise<Policy> {
  const managed = readManagedPolicy();
  if (managed !== parsedFrom || parsed === null) {
    parsedFrom = managed;
    parsed = managed.then((raw) => parsePolicy(raw, BUILT_IN));
  }
  return parsed;
}
