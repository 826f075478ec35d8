import { PRESET_FORMAT, PRESET_VERSION, type Preset } from './preset';

/** A preset that ships with Sitwell; the id is stable so a chosen preset can be remembered. */
export interface BuiltInPreset extends Preset {
  id: string;
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
    name: 'Standard office day',
    description:
      'A five-minute stretch after every 50 minutes at the screen, and a 20-second look into the distance every 20 minutes.',
    settings: {
      stretchBreak: { enabled: true, everyMinutes: 50, durationMinutes: 5 },
      microBreak: { enabled: true, everyMinutes: 20, durationSeconds: 20 },
      sitStand: { enabled: false },
    },
  },
  {
    ...base,
    id: 'sit-stand-20-8-2',
    name: 'Sit–stand desk (20-8-2)',
    description:
      'For a desk that goes up and down: about 20 minutes sitting, 8 standing and 2 walking around, with a stretch every hour.',
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
    name: 'Eye care only (20-20-20)',
    description:
      'Only the eye rest: every 20 minutes, look at something about 6 metres away for 20 seconds. No stretch breaks.',
    settings: {
      stretchBreak: { enabled: false },
      microBreak: { enabled: true, everyMinutes: 20, durationSeconds: 20 },
      sitStand: { enabled: false },
    },
  },
  {
    ...base,
    id: 'gentle-back',
    name: 'Gentle breaks for a recovering back',
    description:
      'Shorter, more frequent breaks done in your chair, aimed at the lower back and hips. If your back is being treated, ask your doctor or physio which moves suit you before you start, and stop any move that hurts.',
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
