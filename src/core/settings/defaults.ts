/**
 * The settings shape is a public contract: presets and admin policy (a later issue) use the same
 * JSON, every field optional there.
 *
 * Defaults follow ../shared/brief/content.md §1: a 5-minute stretch break every 50 minutes of
 * screen work (UK HSE DSE guidance, reg. 4) and a 20-second eye rest every 20 minutes (American
 * Academy of Ophthalmology, "20-20-20"). The routine filters start from the desk-friendly pool
 * (seated or standing, kit found at any desk; content.md §3); sit–stand follows Cornell
 * University's 20-8-2 (Hedge), a ballpark, off until the person says they have such a desk.
 * The posture check (content.md §2) asks its three questions every two hours of sitting, and the
 * full workstation checklist is suggested again a month after it was last finished. A break
 * waits out full screen (a presentation) for up to half an hour; waiting for video meetings needs
 * the meeting sites' permission, so it is off until the person turns it on and grants it.
 */
import type { BodyArea, Equipment, Position } from '../routine/types';

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
  /** Which exercises a routine may draw from. Lists are in canonical order, without repeats. */
  routine: {
    /** Areas stretch breaks aim at; empty means every area. Micro-breaks ignore it (see routine/filters). */
    focusAreas: BodyArea[];
    /** At least one. */
    positions: Position[];
    /** Kit at hand; empty means nothing but the person. */
    equipment: Equipment[];
    /** Rules out floor moves and home-only kit whatever `positions` and `equipment` say. */
    atOffice: boolean;
  };
  /** Sit–stand–move rhythm for a sit–stand desk; the engine's (a later change) to act on. */
  sitStand: { enabled: boolean; sitMinutes: number; standMinutes: number; moveMinutes: number };
  /** The quick three-question posture check (lumbar support, feet, reach), offered while sitting. */
  postureCheck: { enabled: boolean; everyMinutes: number };
  /** The full workstation checklist: after this many days, a finished check is suggested again. */
  checklist: { recheckDays: number };
  /**
   * Meetings and presentations: a break that falls due while the browser is in full screen, or
   * (opt-in, it needs the meeting sites' permission) while a video meeting tab plays sound, waits
   * until that ends — at most `maxMinutes`, then it is offered anyway.
   */
  defer: { fullscreen: boolean; meetings: boolean; maxMinutes: number };
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
  routine: { focusAreas: [], positions: ['seated', 'standing'], equipment: ['chair', 'desk', 'wall'], atOffice: true },
  sitStand: { enabled: false, sitMinutes: 20, standMinutes: 8, moveMinutes: 2 },
  postureCheck: { enabled: true, everyMinutes: 120 },
  checklist: { recheckDays: 30 },
  defer: { fullscreen: true, meetings: false, maxMinutes: 30 },
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaults);

/** A deep copy, so callers can never mutate the frozen defaults by accident. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}
