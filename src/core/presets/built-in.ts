import { type Msg, msg } from '../message';
import { PRESET_FORMAT, PRESET_VERSION, type Preset } from './preset';

/**
 * A preset that ships with Sitwell; the id is stable so a chosen preset can be remembered. Its
 * name and description are messages, in the reader's language once the page has them in words
 * (presetInWords).
 */
export interface BuiltInPreset extends Omit<Preset, 'name' | 'description'> {
  id: string;
  name: Msg;
  description: Msg;
}

/** Frozen to the last level: the options page hands these out and must never have one edited. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const base = { format: PRESET_FORMAT, version: PRESET_VERSION } as const;

/**
 * Timings from the content brief §1: HSE's short-and-often breaks (about 5 minutes per 50 of screen
 * work), the American Academy of Ophthalmology's 20-20-20 eye rest, and Cornell's 20-8-2 sit–stand
 * ballpark. The back preset only makes breaks shorter, more frequent and chair-bound; it says
 * nothing about treatment, and its text sends people to their own clinician first.
 */
export const BUILT_IN_PRESETS: readonly BuiltInPreset[] = deepFreeze([
  {
    ...base,
    id: 'office-day',
    name: msg('pre_builtin_office_day_name'),
    description: msg('pre_builtin_office_day_description'),
    settings: {
      stretchBreak: { enabled: true, everyMinutes: 50, durationMinutes: 5 },
      microBreak: { enabled: true, everyMinutes: 20, durationSeconds: 20 },
      sitStand: { enabled: false },
    },
  },
  {
    ...base,
    id: 'sit-stand-20-8-2',
    name: msg('pre_builtin_sit_stand_name'),
    description: msg('pre_builtin_sit_stand_description'),
    settings: {
      sitStand: { enabled: true, sitMinutes: 20, standMinutes: 8, moveMinutes: 2 },
      stretchBreak: { enabled: true, everyMinutes: 60, durationMinutes: 5 },
      microBreak: { enabled: true, everyMinutes: 20, durationSeconds: 20 },
      routine: { positions: ['seated', 'standing'] },
    },
  },
  {
    ...base,
    id: 'eye-care-20-20-20',
    name: msg('pre_builtin_eye_care_name'),
    description: msg('pre_builtin_eye_care_description'),
    settings: {
      stretchBreak: { enabled: false },
      microBreak: { enabled: true, everyMinutes: 20, durationSeconds: 20 },
      sitStand: { enabled: false },
    },
  },
  {
    ...base,
    id: 'gentle-back',
    name: msg('pre_builtin_gentle_back_name'),
    description: msg('pre_builtin_gentle_back_description'),
    settings: {
      stretchBreak: { enabled: true, everyMinutes: 30, durationMinutes: 3 },
      microBreak: { enabled: true, everyMinutes: 20, durationSeconds: 20 },
      routine: {
        focusAreas: ['lower-back', 'hips'],
        positions: ['seated'],
        equipment: ['chair', 'desk'],
        atOffice: true,
      },
    },
  },
]);

/** Looks a built-in preset up by id; undefined for an unknown id. */
export const builtInPreset = (id: string): BuiltInPreset | undefined => BUILT_IN_PRESETS.find((p) => p.id === id);

/**
 * A built-in preset as a plain preset, its name and description put into words by `words` (the
 * pages pass `say`), e.g. to show, apply or compare it like any preset file. A fresh copy each time.
 */
export function presetInWords(preset: BuiltInPreset, words: (m: Msg) => string): Preset {
  return {
    format: preset.format,
    version: preset.version,
    name: words(preset.name),
    description: words(preset.description),
    settings: structuredClone(preset.settings),
  };
}
