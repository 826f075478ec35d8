import { type ChecklistItem, type ChecklistState, currentWorkstation, needsRecheck, scoreWorkstation } from '../core';
import { t } from '../platform/i18n';

/** The current workstation in one line, and whether the full checklist is due. */
export interface WorkstationSummary {
  name: string;
  /** Items in place. */
  yes: number;
  /** Items that apply ("doesn't apply" left out). */
  applicable: number;
  /** `never`: no full check yet; `due`: the last one is older than the recheck setting. */
  recheck: 'never' | 'due' | null;
}

export function summarizeWorkstation(
  state: ChecklistState,
  items: readonly ChecklistItem[],
  recheckDays: number,
  now: number,
): WorkstationSummary {
  const workstation = currentWorkstation(state);
  const score = scoreWorkstation(items, workstation.answers);
  const recheck =
    workstation.lastFullCheckAt === null ? 'never' : needsRecheck(workstation, recheckDays, now) ? 'due' : null;
  return { name: workstation.name, yes: score.yes, applicable: score.applicable, recheck };
}

/** "12 of 34 in place". */
export const inPlaceText = (yes: number, applicable: number) => t('ck_in_place', yes, applicable);
