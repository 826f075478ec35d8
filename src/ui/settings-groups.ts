import type { Settings } from '../core';
import type { DraftErrors } from './settings-draft';

/**
 * The one settings model is edited in parts: the schedule (popup and the options page's first
 * tab) and the break routines (their own tab). Each form saves only the keys it owns, laid over
 * the stored settings, so saving one part never writes back a stale copy of the other.
 */
export type SettingsGroup = 'schedule' | 'routine';

const KEYS: Record<SettingsGroup, ReadonlyArray<keyof Settings>> = {
  schedule: [
    'stretchBreak',
    'microBreak',
    'idleResetMinutes',
    'snooze',
    'workHours',
    'prompt',
    'postureCheck',
    'checklist',
    'defer',
  ],
  routine: ['routine', 'sitStand'],
};

/** `routine.positions` → `routine`. */
const topKey = (field: string) => field.split('.')[0] as keyof Settings;

/** The stored settings with this group's keys taken from the edited copy. */
export function mergeGroup(group: SettingsGroup, stored: Settings, edited: Settings): Settings {
  const merged = structuredClone(stored) as Settings;
  for (const key of KEYS[group]) (merged as unknown as Record<string, unknown>)[key] = edited[key];
  return merged;
}

/** Only the errors a group's form can show and fix (plus any the form has no field for). */
export function groupErrors(group: SettingsGroup, errors: DraftErrors): DraftErrors {
  const kept: DraftErrors = {};
  for (const [field, message] of Object.entries(errors) as Array<[keyof DraftErrors, string]>) {
    if (field === 'form' || KEYS[group].includes(topKey(field))) kept[field] = message;
  }
  return kept;
}
