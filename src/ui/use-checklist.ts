import type { ChecklistState } from '../core';
import { onChecklistStateChanged, readChecklistState } from '../platform/checklist-store';
import { useStored } from './use-store';

/** The workstations, their answers and the posture checks, kept live; null until storage answers. */
export function useChecklistState(): ChecklistState | null {
  return useStored(readChecklistState, [onChecklistStateChanged]);
}
