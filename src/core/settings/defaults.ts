/**
 * The settings shape is a public contract: presets and admin policy (a later issue) use the same
 * JSON, every field optional there.
 *
 * Defaults follow ../shared/brief/content.md §1: a 5-minute stretch break every 50 minutes of
 * screen work (UK HSE DSE guidance, reg. 4) and a 20-second eye rest every 20 minutes (American
 * Academy of Ophthalmology, "20-20-20").
 */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const PROMPT_STYLES = ['notification', 'window'] as const;
export type PromptStyle = (typeof PROMPT_STYLES)[number];

export interface Settings {
  stretchBreak: { enabled: boolean; everyMinutes: number; durationMinutes: number };
  microBreak: { enabled: boolean; everyMinutes: number; durationSeconds: number };
  idleResetMinutes: number;
  snooze: { minutes: number; maxPerBreak: number };
  workHours: { enabled: boolean; days: Weekday[]; start: string; end: string };
  prompt: { style: PromptStyle };
}

const defaults: Settings = {
  stretchBreak: { enabled: true, everyMinutes: 50, durationMinutes: 5 },
  microBreak: { enabled: true, everyMinutes: 20, durationSeconds: 20 },
  idleResetMinutes: 5,
  snooze: { minutes: 5, maxPerBreak: 2 },
  workHours: {
    enabled: false,
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    start: '09:00',
    end: '17:30',
  },
  prompt: { style: 'notification' },
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaults);

/** A deep copy, so callers can never mutate the frozen defaults by accident. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}
