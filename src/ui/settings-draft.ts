import {
  type BodyArea,
  type Equipment,
  type LimitedField,
  type Position,
  type PromptStyle,
  type Settings,
  validateSettings,
  type Weekday,
} from '../core';

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
  };
}

/** How each field is named inside a sentence, in place of its dotted path. */
const NAMES: Record<DraftField, string> = {
  'stretchBreak.enabled': 'the stretch break switch',
  'stretchBreak.everyMinutes': 'the time between stretch breaks',
  'stretchBreak.durationMinutes': 'the length of a stretch break',
  'microBreak.enabled': 'the eye rest switch',
  'microBreak.everyMinutes': 'the time between eye rests',
  'microBreak.durationSeconds': 'the length of an eye rest',
  idleResetMinutes: 'the time away that counts as a break',
  'snooze.minutes': 'the snooze length',
  'snooze.maxPerBreak': 'the number of snoozes',
  'workHours.enabled': 'the working hours switch',
  'workHours.days': 'the working days',
  'workHours.start': 'the start time',
  'workHours.end': 'the end time',
  'prompt.style': 'the reminder style',
  'routine.focusAreas': 'the focus areas',
  'routine.positions': 'the positions',
  'routine.equipment': 'the equipment',
  'routine.atOffice': 'the office switch',
  'sitStand.enabled': 'the sit–stand switch',
  'sitStand.sitMinutes': 'the sitting time',
  'sitStand.standMinutes': 'the standing time',
  'sitStand.moveMinutes': 'the moving time',
  'postureCheck.enabled': 'the posture check switch',
  'postureCheck.everyMinutes': 'the time between posture checks',
  'checklist.recheckDays': 'the days before the checklist is suggested again',
};

// Longest paths first, so no path is replaced inside a longer one that contains it.
const PATHS = (Object.keys(NAMES) as DraftField[]).sort((a, b) => b.length - a.length);

/** The validator's sentence with people's words for the fields; its allowed range is kept as is. */
export function friendly(message: string): string {
  const worded = PATHS.reduce((m, path) => m.replaceAll(path, NAMES[path]), message);
  return worded.charAt(0).toUpperCase() + worded.slice(1);
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
