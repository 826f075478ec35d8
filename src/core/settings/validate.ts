import { BODY_AREAS, EQUIPMENT, POSITIONS } from '../routine/types';
import { DEFAULT_SETTINGS, PROMPT_STYLES, type Settings, WEEKDAYS } from './defaults';
import { type FieldError, fieldChecks, isObj, type Obj, settingsErrors } from './field-checks';

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
  const { section, num, bool, time, oneOf, list } = fieldChecks(errors);

  const s = section(root, 'stretchBreak');
  const m = section(root, 'microBreak');
  const z = section(root, 'snooze');
  const w = section(root, 'workHours');
  const p = section(root, 'prompt');
  const r = section(root, 'routine');
  const ss = section(root, 'sitStand');
  const pc = section(root, 'postureCheck');
  const cl = section(root, 'checklist');
  const df = section(root, 'defer');

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
      days: list(w, 'workHours.days', WEEKDAYS, 'days', base.workHours.days),
      start: time(w, 'workHours.start', base.workHours.start),
      end: time(w, 'workHours.end', base.workHours.end),
    },
    prompt: { style: oneOf(p, 'prompt.style', PROMPT_STYLES, base.prompt.style) },
    routine: {
      focusAreas: list(r, 'routine.focusAreas', BODY_AREAS, 'body areas', base.routine.focusAreas),
      positions: list(r, 'routine.positions', POSITIONS, 'positions', base.routine.positions),
      equipment: list(r, 'routine.equipment', EQUIPMENT, 'equipment', base.routine.equipment),
      atOffice: bool(r, 'routine.atOffice', base.routine.atOffice),
    },
    sitStand: {
      enabled: bool(ss, 'sitStand.enabled', base.sitStand.enabled),
      sitMinutes: num(ss, 'sitStand.sitMinutes', base.sitStand.sitMinutes),
      standMinutes: num(ss, 'sitStand.standMinutes', base.sitStand.standMinutes),
      moveMinutes: num(ss, 'sitStand.moveMinutes', base.sitStand.moveMinutes),
    },
    postureCheck: {
      enabled: bool(pc, 'postureCheck.enabled', base.postureCheck.enabled),
      everyMinutes: num(pc, 'postureCheck.everyMinutes', base.postureCheck.everyMinutes),
    },
    checklist: { recheckDays: num(cl, 'checklist.recheckDays', base.checklist.recheckDays) },
    defer: {
      fullscreen: bool(df, 'defer.fullscreen', base.defer.fullscreen),
      meetings: bool(df, 'defer.meetings', base.defer.meetings),
      maxMinutes: num(df, 'defer.maxMinutes', base.defer.maxMinutes),
    },
  };
  checkWorkHours(settings, w, base, errors);
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
