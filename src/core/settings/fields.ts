import { isObj, type Obj } from '../guards';
import { BODY_AREAS, EQUIPMENT, POSITIONS } from '../routine/types';
import { DEFAULT_SETTINGS, PROMPT_STYLES, WEEKDAYS } from './defaults';
import type { fieldChecks } from './field-checks';
import type { LimitedField } from './limits';

type Checks = ReturnType<typeof fieldChecks>;

/**
 * Checks one field of `obj` (its section, or the root for a top-level field): its value when
 * present and valid, `fallback` otherwise, with an error for a present but bad value.
 */
export type FieldCheck = (c: Checks, obj: Obj, path: string, fallback: never) => unknown;

const num: FieldCheck = (c, o, p, f) => c.num(o, p as LimitedField, f);
const bool: FieldCheck = (c, o, p, f) => c.bool(o, p, f);
const time: FieldCheck = (c, o, p, f) => c.time(o, p, f);

/**
 * One check per settings field, keyed by dotted path, in the order of the settings shape. Whole
 * settings (validate.ts) and partial ones (presets, policy: partial-settings.ts) are checked by
 * the same rules (field-checks.ts), so a preset can never accept what the options page would refuse.
 */
export const FIELD_CHECKS: Readonly<Record<string, FieldCheck>> = {
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
  'workHours.days': (c, o, p, f = [] as never) => c.list(o, p, WEEKDAYS, 'days', f),
  'workHours.start': time,
  'workHours.end': time,
  'prompt.style': (c, o, p, f) => c.oneOf(o, p, PROMPT_STYLES, f),
  'routine.focusAreas': (c, o, p, f = [] as never) => c.list(o, p, BODY_AREAS, 'body areas', f),
  'routine.positions': (c, o, p, f = [] as never) => c.list(o, p, POSITIONS, 'positions', f),
  'routine.equipment': (c, o, p, f = [] as never) => c.list(o, p, EQUIPMENT, 'equipment', f),
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

/** The sections of the settings shape (every field but idleResetMinutes lives in one), in order. */
export const SETTINGS_SECTIONS: readonly string[] = Object.keys(DEFAULT_SETTINGS).filter((k) =>
  isObj((DEFAULT_SETTINGS as unknown as Obj)[k]),
);
