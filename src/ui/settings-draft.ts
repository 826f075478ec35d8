import {
  type BodyArea,
  type Equipment,
  type LimitedField,
  type Msg,
  type MsgPart,
  msg,
  type Position,
  type PromptStyle,
  type Settings,
  validateSettings,
  type Weekday,
} from '../core';
import type { MessageKey } from '../locales/keys';
import { say, t, uiLanguage } from '../platform/i18n';

/**
 * The settings form's working copy, keyed by each setting's dotted path (the same path the
 * validator names in its errors). Numbers stay as typed, so "", "2.5" or "abc" reach the
 * validator and are reported instead of being silently coerced.
 */
export type Draft = Record<LimitedField, string> & {
  'stretchBreak.enabled': boolean;
  'microBreak.enabled': boolean;
  'workHours.enabled': boolean;
  'workHours.days': Weekday[];
  'workHours.start': string;
  'workHours.end': string;
  'prompt.style': PromptStyle;
  'routine.focusAreas': BodyArea[];
  'routine.positions': Position[];
  'routine.equipment': Equipment[];
  'routine.atOffice': boolean;
  'sitStand.enabled': boolean;
  'postureCheck.enabled': boolean;
  'defer.fullscreen': boolean;
  'defer.meetings': boolean;
};

export type DraftField = keyof Draft;
/** Errors by field; `form` holds any the form has no field for (it builds every field, so rare). */
export type DraftErrors = Partial<Record<DraftField | 'form', string>>;

export function toDraft(s: Settings): Draft {
  return {
    'stretchBreak.enabled': s.stretchBreak.enabled,
    'stretchBreak.everyMinutes': String(s.stretchBreak.everyMinutes),
    'stretchBreak.durationMinutes': String(s.stretchBreak.durationMinutes),
    'microBreak.enabled': s.microBreak.enabled,
    'microBreak.everyMinutes': String(s.microBreak.everyMinutes),
    'microBreak.durationSeconds': String(s.microBreak.durationSeconds),
    idleResetMinutes: String(s.idleResetMinutes),
    'snooze.minutes': String(s.snooze.minutes),
    'snooze.maxPerBreak': String(s.snooze.maxPerBreak),
    'workHours.enabled': s.workHours.enabled,
    'workHours.days': [...s.workHours.days],
    'workHours.start': s.workHours.start,
    'workHours.end': s.workHours.end,
    'prompt.style': s.prompt.style,
    'routine.focusAreas': [...s.routine.focusAreas],
    'routine.positions': [...s.routine.positions],
    'routine.equipment': [...s.routine.equipment],
    'routine.atOffice': s.routine.atOffice,
    'sitStand.enabled': s.sitStand.enabled,
    'sitStand.sitMinutes': String(s.sitStand.sitMinutes),
    'sitStand.standMinutes': String(s.sitStand.standMinutes),
    'sitStand.moveMinutes': String(s.sitStand.moveMinutes),
    'postureCheck.enabled': s.postureCheck.enabled,
    'postureCheck.everyMinutes': String(s.postureCheck.everyMinutes),
    'checklist.recheckDays': String(s.checklist.recheckDays),
    'defer.fullscreen': s.defer.fullscreen,
    'defer.meetings': s.defer.meetings,
    'defer.maxMinutes': String(s.defer.maxMinutes),
  };
}

/** An empty box is NaN, not 0 (which Number('') gives), so the validator rejects it. */
const num = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw));

/** The draft in the settings shape, unchecked: what the person typed, for the validator to judge. */
function toInput(d: Draft): unknown {
  return {
    stretchBreak: {
      enabled: d['stretchBreak.enabled'],
      everyMinutes: num(d['stretchBreak.everyMinutes']),
      durationMinutes: num(d['stretchBreak.durationMinutes']),
    },
    microBreak: {
      enabled: d['microBreak.enabled'],
      everyMinutes: num(d['microBreak.everyMinutes']),
      durationSeconds: num(d['microBreak.durationSeconds']),
    },
    idleResetMinutes: num(d.idleResetMinutes),
    snooze: { minutes: num(d['snooze.minutes']), maxPerBreak: num(d['snooze.maxPerBreak']) },
    workHours: {
      enabled: d['workHours.enabled'],
      days: d['workHours.days'],
      start: d['workHours.start'],
      end: d['workHours.end'],
    },
    prompt: { style: d['prompt.style'] },
    routine: {
      focusAreas: d['routine.focusAreas'],
      positions: d['routine.positions'],
      equipment: d['routine.equipment'],
      atOffice: d['routine.atOffice'],
    },
    sitStand: {
      enabled: d['sitStand.enabled'],
      sitMinutes: num(d['sitStand.sitMinutes']),
      standMinutes: num(d['sitStand.standMinutes']),
      moveMinutes: num(d['sitStand.moveMinutes']),
    },
    postureCheck: { enabled: d['postureCheck.enabled'], everyMinutes: num(d['postureCheck.everyMinutes']) },
    checklist: { recheckDays: num(d['checklist.recheckDays']) },
    defer: {
      fullscreen: d['defer.fullscreen'],
      meetings: d['defer.meetings'],
      maxMinutes: num(d['defer.maxMinutes']),
    },
  };
}

/** How each field is named inside a sentence, in place of its dotted path. */
const NAMES = {
  'stretchBreak.enabled': 'set_name_stretch_enabled',
  'stretchBreak.everyMinutes': 'set_name_stretch_every',
  'stretchBreak.durationMinutes': 'set_name_stretch_duration',
  'microBreak.enabled': 'set_name_eyes_enabled',
  'microBreak.everyMinutes': 'set_name_eyes_every',
  'microBreak.durationSeconds': 'set_name_eyes_duration',
  idleResetMinutes: 'set_name_idle',
  'snooze.minutes': 'set_name_snooze_minutes',
  'snooze.maxPerBreak': 'set_name_snooze_max',
  'workHours.enabled': 'set_name_hours_enabled',
  'workHours.days': 'set_name_hours_days',
  'workHours.start': 'set_name_hours_start',
  'workHours.end': 'set_name_hours_end',
  'prompt.style': 'set_name_prompt_style',
  'routine.focusAreas': 'set_name_focus_areas',
  'routine.positions': 'set_name_positions',
  'routine.equipment': 'set_name_equipment',
  'routine.atOffice': 'set_name_at_office',
  'sitStand.enabled': 'set_name_sit_stand_enabled',
  'sitStand.sitMinutes': 'set_name_sit_minutes',
  'sitStand.standMinutes': 'set_name_stand_minutes',
  'sitStand.moveMinutes': 'set_name_move_minutes',
  'postureCheck.enabled': 'set_name_posture_enabled',
  'postureCheck.everyMinutes': 'set_name_posture_every',
  'checklist.recheckDays': 'set_name_recheck_days',
  'defer.fullscreen': 'defer_name_fullscreen',
  'defer.meetings': 'defer_name_meetings',
  'defer.maxMinutes': 'defer_name_max_minutes',
} as const satisfies Record<DraftField, MessageKey>;

/**
 * Sentences the form words its own way: they would otherwise list the stored values ("seated,
 * standing, floor"), or read better as a request for the tick boxes on screen.
 */
const FORM_WORDING: Partial<Record<Msg['key'], MessageKey>> = {
  set_err_days_needed: 'set_form_days_needed',
  set_err_positions_needed: 'set_form_positions_needed',
};

const isField = (part: MsgPart): part is DraftField => typeof part === 'string' && Object.hasOwn(NAMES, part);

/**
 * The validator's sentence in the reader's language, with people's words for the fields in place
 * of their dotted paths; the allowed range is kept as is.
 */
export function friendly(message: Msg): string {
  const own = FORM_WORDING[message.key];
  if (own) return t(own);
  const worded = say({ ...message, subs: message.subs.map((p) => (isField(p) ? msg(NAMES[p]) : p)) });
  return worded.charAt(0).toLocaleUpperCase(uiLanguage()) + worded.slice(1);
}

export interface CheckedDraft {
  settings: Settings;
  errors: DraftErrors;
}

/** Validates the draft with the same rules storage and imports use; errors are keyed by field. */
export function checkDraft(draft: Draft): CheckedDraft {
  const { settings, errors } = validateSettings(toInput(draft));
  const byField: DraftErrors = {};
  for (const e of errors) {
    const field = e.field in NAMES ? (e.field as DraftField) : 'form';
    byField[field] ??= friendly(e.message);
  }
  return { settings, errors: byField };
}
