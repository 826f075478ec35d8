import { type Msg, msg } from '../message';
import { BODY_AREAS, EQUIPMENT, POSITIONS } from '../routine/types';
import { deletePath, setPath } from './paths';

export { getPath, setPath } from './paths';

import { DEFAULT_SETTINGS, PROMPT_STYLES, type Settings, WEEKDAYS } from '../settings/defaults';
import { type FieldError, fieldChecks, isObj, type Obj, settingsErrors } from '../settings/field-checks';
import type { LimitedField } from '../settings/limits';

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
type Check = (c: Checks, obj: Obj, path: string) => unknown;

// The fallback is never returned for a field that is present, so `undefined` (an empty list for
// lists, which copy theirs) stands in for it;
// whether the check accepted the value is read off the error list instead.
const none = undefined as never;
const num: Check = (c, o, p) => c.num(o, p as LimitedField, none);
const bool: Check = (c, o, p) => c.bool(o, p, none);
const time: Check = (c, o, p) => c.time(o, p, none);

/**
 * One check per settings field, keyed by dotted path. The rules themselves live in field-checks.ts
 * (shared with validateSettings), so a preset can never accept what the options page would refuse.
 */
export const FIELD_CHECKS: Readonly<Record<string, Check>> = {
  'stretchBreak.enabled': bool,
  'stretchBreak.everyMinutes': num,
  'stretchBreak.durationMinutes': num,
  'microBreak.enabled': bool,
  'microBreak.everyMinutes': num,
  'microBreak.durationSeconds': num,
  idleResetMinutes: num,
  'snooze.minutes': num,
  'snooze.maxPerBreak': num,
  'workHours.enabled': bool,
  'workHours.days': (c, o, p) => c.list(o, p, WEEKDAYS, 'days', []),
  'workHours.start': time,
  'workHours.end': time,
  'prompt.style': (c, o, p) => c.oneOf(o, p, PROMPT_STYLES, none),
  'routine.focusAreas': (c, o, p) => c.list(o, p, BODY_AREAS, 'body areas', []),
  'routine.positions': (c, o, p) => c.list(o, p, POSITIONS, 'positions', []),
  'routine.equipment': (c, o, p) => c.list(o, p, EQUIPMENT, 'equipment', []),
  'routine.atOffice': bool,
  'sitStand.enabled': bool,
  'sitStand.sitMinutes': num,
  'sitStand.standMinutes': num,
  'sitStand.moveMinutes': num,
  'postureCheck.enabled': bool,
  'postureCheck.everyMinutes': num,
  'checklist.recheckDays': num,
  'defer.fullscreen': bool,
  'defer.meetings': bool,
  'defer.maxMinutes': num,
};

/** Every settings field as a dotted path, in the order of the settings shape. */
export const SETTINGS_FIELDS: readonly string[] = Object.keys(FIELD_CHECKS);

const SECTIONS = Object.keys(DEFAULT_SETTINGS).filter((k) => isObj((DEFAULT_SETTINGS as unknown as Obj)[k]));

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
    } else if (SECTIONS.includes(key)) {
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
  const value = (FIELD_CHECKS[path] as Check)(c, obj, path);
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
