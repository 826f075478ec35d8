import { DEFAULT_SETTINGS, PROMPT_STYLES, type Settings, WEEKDAYS, type Weekday } from './defaults';
import { LIMITS, type LimitedField } from './limits';

/** One rejected value: the dotted path of the field and a sentence a person can act on. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Validated {
  settings: Settings;
  errors: FieldError[];
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks any value against the settings shape, field by field. A bad field falls back to its
 * default (or to `base`) and is reported; good fields are kept. Never throws: corrupted storage,
 * an imported file and a form all go through here.
 */
export function validateSettings(input: unknown, base: Settings = DEFAULT_SETTINGS): Validated {
  const errors: FieldError[] = [];
  const root: Obj = isObj(input) ? input : {};
  if (input !== undefined && !isObj(input)) {
    errors.push({ field: '', message: 'Settings must be an object.' });
  }
  const section = (name: string): Obj => {
    const v = root[name];
    if (v === undefined) return {};
    if (isObj(v)) return v;
    errors.push({ field: name, message: `${name} must be an object.` });
    return {};
  };
  const num = (obj: Obj, path: LimitedField, fallback: number): number => {
    const key = path.split('.').pop() as string;
    const v = obj[key];
    if (v === undefined) return fallback;
    const { min, max } = LIMITS[path];
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    errors.push({ field: path, message: `${path} must be a whole number from ${min} to ${max}.` });
    return fallback;
  };
  const bool = (obj: Obj, path: string, fallback: boolean): boolean => {
    const v = obj[path.split('.').pop() as string];
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    errors.push({ field: path, message: `${path} must be true or false.` });
    return fallback;
  };
  const time = (obj: Obj, path: string, fallback: string): string => {
    const v = obj[path.split('.').pop() as string];
    if (v === undefined) return fallback;
    if (typeof v === 'string' && TIME.test(v)) return v;
    errors.push({ field: path, message: `${path} must be a time written as HH:MM (00:00 to 23:59).` });
    return fallback;
  };

  const s = section('stretchBreak');
  const m = section('microBreak');
  const z = section('snooze');
  const w = section('workHours');
  const p = section('prompt');

  const settings: Settings = {
    stretchBreak: {
      enabled: bool(s, 'stretchBreak.enabled', base.stretchBreak.enabled),
      everyMinutes: num(s, 'stretchBreak.everyMinutes', base.stretchBreak.everyMinutes),
      durationMinutes: num(s, 'stretchBreak.durationMinutes', base.stretchBreak.durationMinutes),
    },
    microBreak: {
      enabled: bool(m, 'microBreak.enabled', base.microBreak.enabled),
      everyMinutes: num(m, 'microBreak.everyMinutes', base.microBreak.everyMinutes),
      durationSeconds: num(m, 'microBreak.durationSeconds', base.microBreak.durationSeconds),
    },
    idleResetMinutes: num(root, 'idleResetMinutes', base.idleResetMinutes),
    snooze: {
      minutes: num(z, 'snooze.minutes', base.snooze.minutes),
      maxPerBreak: num(z, 'snooze.maxPerBreak', base.snooze.maxPerBreak),
    },
    workHours: {
      enabled: bool(w, 'workHours.enabled', base.workHours.enabled),
      days: days(w.days, base.workHours.days, errors),
      start: time(w, 'workHours.start', base.workHours.start),
      end: time(w, 'workHours.end', base.workHours.end),
    },
    prompt: { style: promptStyle(p.style, base.prompt.style, errors) },
  };
  if (settings.workHours.enabled && settings.workHours.days.length === 0) {
    // Working hours on no day at all would silence Sitwell for good without saying so.
    errors.push({
      field: 'workHours.days',
      message: 'workHours.days must name at least one day when working hours are on.',
    });
    settings.workHours.days =
      base.workHours.days.length > 0 ? [...base.workHours.days] : [...DEFAULT_SETTINGS.workHours.days];
  }
  if (settings.workHours.start >= settings.workHours.end && (w.start !== undefined || w.end !== undefined)) {
    errors.push({ field: 'workHours.end', message: 'workHours.end must be later than workHours.start.' });
    settings.workHours.start = base.workHours.start;
    settings.workHours.end = base.workHours.end;
  }
  return { settings, errors };
}

function days(v: unknown, fallback: readonly Weekday[], errors: FieldError[]): Weekday[] {
  if (v === undefined) return [...fallback];
  if (Array.isArray(v) && v.every((d) => (WEEKDAYS as readonly unknown[]).includes(d))) {
    // Keep calendar order and drop repeats so equal choices always compare equal.
    return WEEKDAYS.filter((d) => v.includes(d));
  }
  errors.push({ field: 'workHours.days', message: `workHours.days must list days from: ${WEEKDAYS.join(', ')}.` });
  return [...fallback];
}

function promptStyle(v: unknown, fallback: Settings['prompt']['style'], errors: FieldError[]) {
  if (v === undefined) return fallback;
  if ((PROMPT_STYLES as readonly unknown[]).includes(v)) return v as Settings['prompt']['style'];
  errors.push({ field: 'prompt.style', message: `prompt.style must be one of: ${PROMPT_STYLES.join(', ')}.` });
  return fallback;
}
