import { isObj, type Obj } from '../guards';
import { POSITIONS } from '../routine/types';
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { type FieldError, fieldChecks, settingsErrors } from './field-checks';
import { FIELD_CHECKS, type FieldCheck, SETTINGS_FIELDS, SETTINGS_SECTIONS } from './fields';

export type { FieldError, ListNoun } from './field-checks';
export { settingsErrors } from './field-checks';

export interface Validated {
  settings: Settings;
  errors: FieldError[];
}

/**
 * Checks any value against the settings shape, field by field. A bad field falls back to its
 * default (or to `base`) and is reported; good fields are kept. Never throws: corrupted storage,
 * an imported file and a form all go through here.
 */
export function validateSettings(input: unknown, base: Settings = DEFAULT_SETTINGS): Validated {
  const errors: FieldError[] = [];
  const root: Obj = isObj(input) ? input : {};
  if (input !== undefined && !isObj(input)) {
    errors.push({ field: '', message: settingsErrors.notAnObject() });
  }
  const checks = fieldChecks(errors);
  // Every section first, so one that is not an object is reported before any field.
  const sections = new Map(SETTINGS_SECTIONS.map((name) => [name, checks.section(root, name)]));
  const out: Obj = {};
  for (const field of SETTINGS_FIELDS) {
    const [head, tail] = field.split('.') as [string, string | undefined];
    const from = tail === undefined ? root : (sections.get(head) as Obj);
    const fallback = (tail === undefined ? base[head as keyof Settings] : getIn(base, head, tail)) as never;
    const value = (FIELD_CHECKS[field] as FieldCheck)(checks, from, field, fallback);
    if (tail === undefined) {
      out[head] = value;
    } else {
      out[head] ??= {};
      (out[head] as Obj)[tail] = value;
    }
  }
  const settings = out as unknown as Settings;
  checkWorkHours(settings, sections.get('workHours') as Obj, base, errors);
  checkRoutine(settings, base, errors);
  return { settings, errors };
}

/** Rules that span fields of workHours: judged after each field has been checked on its own. */
function checkWorkHours(settings: Settings, w: Obj, base: Settings, errors: FieldError[]): void {
  if (settings.workHours.enabled && settings.workHours.days.length === 0) {
    // Working hours on no day at all would silence Sitwell for good without saying so.
    errors.push({ field: 'workHours.days', message: settingsErrors.daysNeeded('workHours.days') });
    settings.workHours.days = nonEmpty(base.workHours.days, DEFAULT_SETTINGS.workHours.days);
  }
  if (settings.workHours.start >= settings.workHours.end && (w.start !== undefined || w.end !== undefined)) {
    errors.push({ field: 'workHours.end', message: settingsErrors.endAfterStart('workHours.end', 'workHours.start') });
    settings.workHours.start = base.workHours.start;
    settings.workHours.end = base.workHours.end;
  }
}

function checkRoutine(settings: Settings, base: Settings, errors: FieldError[]): void {
  // No position at all would rule out every exercise, a state the person cannot see the cause of.
  // (Floor only, at the office, is allowed: the break page explains an empty pool, and an admin
  // may enforce one half of that pair while the person chose the other.)
  if (settings.routine.positions.length === 0) {
    errors.push({
      field: 'routine.positions',
      message: settingsErrors.positionsNeeded('routine.positions', POSITIONS),
    });
    settings.routine.positions = nonEmpty(base.routine.positions, DEFAULT_SETTINGS.routine.positions);
  }
}

const nonEmpty = <T>(list: readonly T[], otherwise: readonly T[]): T[] => [...(list.length > 0 ? list : otherwise)];

/** A field of a section of `settings`. */
const getIn = (settings: Settings, section: string, field: string): unknown =>
  (settings as unknown as Record<string, Obj>)[section]?.[field];
