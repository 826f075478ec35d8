import { isObj } from '../guards';
import { dropPollutionKeys } from '../safe-json';

/**
 * The policy's extra checklist items, passed on unchecked: mergeItems judges them item by item
 * where the checklist is built. Empty when the policy has none or holds something else there
 * (parsePolicy reports that). Never throws.
 */
export function policyChecklistItems(managed: unknown): unknown[] {
  const raw = dropPollutionKeys(managed);
  return isObj(raw) && Array.isArray(raw.checklistItems) ? raw.checklistItems : [];
}
