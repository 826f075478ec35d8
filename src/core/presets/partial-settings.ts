import { type Msg, msg } from '../message';
import { POSITIONS } from '../routine/types';
import { deletePath, setPath } from './paths';

export { getPath, setPath } from './paths';

import { isObj, type Obj } from '../guards';
import type { Settings } from '../settings/defaults';
import { type FieldError, fieldChecks, settingsErrors } from '../settings/field-checks';
import { FIELD_CHECKS, type FieldCheck, SETTINGS_SECTIONS } from '../settings/fields';

export { SETTINGS_FIELDS } from '../settings/fields';

/** Settings with every field optional, one level down too: the shape of presets and policy layers. */
export type PartialSettings = {
  [K in keyof Settings]?: Settings[K] extends unknown[]
    ? Settings[K]
    : Settings[K] extends object
      ? Partial<Settings[K]>
      : Settings[K];
};

export interface ValidatedPartial {
  settings: PartialSettings;
  errors: FieldError[];
}

type Checks = ReturnType<typeof fieldChecks>;

// The fallback is never returned for a field that is present, so `undefined` (an empty list for
// lists, which copy theirs) stands in for it; whether the check accepted the value is read off
// the error list instead.
const none = undefined as never;

/**
 * Keeps the fields of `input` that are present and valid, and reports each bad or unknown one by
 * its dotted path (after `fieldPrefix`, e.g. "enforced."). A bad field never costs the good ones
 * their place, so a policy with one typo still applies the rest. Never throws.
 */
export function validatePartialSettings(input: unknown, fieldPrefix = ''): ValidatedPartial {
  const errors: FieldError[] = [];
  const out: Record<string, unknown> = {};
  if (input === undefined) return { settings: {}, errors };
  if (!isObj(input)) {
    const name = fieldPrefix.replace(/\.$/, '');
    const message = name === '' ? settingsErrors.notAnObject() : settingsErrors.sectionNotAnObject(name);
    return { settings: {}, errors: [{ field: name, message }] };
  }
  const found: FieldError[] = [];
  const c = fieldChecks(found);
  for (const key of Object.keys(input)) {
    if (key === 'idleResetMinutes') {
      take(c, found, input, key, out);
    } else if (SETTINGS_SECTIONS.includes(key)) {
      const section = input[key];
      if (!isObj(section)) {
        found.push({ field: key, message: settingsErrors.sectionNotAnObject(key) });
        continue;
      }
      for (const sub of Object.keys(section)) {
        const path = `${key}.${sub}`;
        if (FIELD_CHECKS[path]) take(c, found, section, path, out);
        else found.push({ field: path, message: msg('pre_err_unknown_field', path) });
      }
    } else {
      found.push({ field: key, message: msg('pre_err_unknown_field', key) });
    }
  }
  crossFieldRules(out, found);
  for (const e of found) {
    errors.push({ field: fieldPrefix + e.field, message: withPrefix(e.message, e.field, fieldPrefix) });
  }
  return { settings: out as PartialSettings, errors };
}

/**
 * A field's message with the field's path in it written after `prefix` ("enforced.snooze.minutes
 * must be…"): every message names its field as one of its values, as the path itself.
 */
function withPrefix(m: Msg, field: string, prefix: string): Msg {
  if (prefix === '' || field === '') return m;
  return { ...m, subs: m.subs.map((part) => (part === field ? prefix + field : part)) };
}

function take(c: Checks, errors: FieldError[], obj: Obj, path: string, out: Record<string, unknown>): void {
  // A key holding undefined is absent, as it would be once written to JSON or storage.
  if (obj[path.split('.').pop() as string] === undefined) return;
  const before = errors.length;
  const value = (FIELD_CHECKS[path] as FieldCheck)(c, obj, path, none);
  if (errors.length === before) setPath(out, path, value);
}

/** The same cross-field rules as validateSettings, applied only when every part involved is given. */
function crossFieldRules(out: Record<string, unknown>, errors: FieldError[]): void {
  const w = isObj(out.workHours) ? out.workHours : {};
  if (w.enabled === true && Array.isArray(w.days) && w.days.length === 0) {
    errors.push({ field: 'workHours.days', message: settingsErrors.daysNeeded('workHours.days') });
    deletePath(out, 'workHours.days');
  }
  if (typeof w.start === 'string' && typeof w.end === 'string' && w.start >= w.end) {
    errors.push({ field: 'workHours.end', message: settingsErrors.endAfterStart('workHours.end', 'workHours.start') });
    deletePath(out, 'workHours.start');
    deletePath(out, 'workHours.end');
  }
  const r = isObj(out.routine) ? out.routine : {};
  if (Array.isArray(r.positions) && r.positions.length === 0) {
    errors.push({
      field: 'routine.positions',
      message: settingsErrors.positionsNeeded('routine.positions', POSITIONS),
    });
    deletePath(out, 'routine.positions');
  }
}
