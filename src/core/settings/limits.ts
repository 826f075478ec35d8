/**
 * Allowed ranges for every numeric setting. Intervals start at 1 minute so real-time end-to-end
 * tests can run; 240 minutes is the upper bound the foundation issue sets. Sit–stand phases are
 * capped well above 20-8-2: 2 h standing or 30 min walking is already more than a desk routine.
 * The posture check may wait up to a working day (8 h); a checklist recheck, up to a year. A break
 * waits for a meeting or full screen at most 2 hours: longer, and it would simply be lost.
 */
export interface NumberRange {
  min: number;
  max: number;
}

export const LIMITS = {
  'stretchBreak.everyMinutes': { min: 1, max: 240 },
  'stretchBreak.durationMinutes': { min: 1, max: 30 },
  'microBreak.everyMinutes': { min: 1, max: 240 },
  'microBreak.durationSeconds': { min: 5, max: 300 },
  idleResetMinutes: { min: 1, max: 60 },
  'snooze.minutes': { min: 1, max: 60 },
  'snooze.maxPerBreak': { min: 0, max: 10 },
  'sitStand.sitMinutes': { min: 1, max: 240 },
  'sitStand.standMinutes': { min: 1, max: 120 },
  'sitStand.moveMinutes': { min: 1, max: 30 },
  'postureCheck.everyMinutes': { min: 1, max: 480 },
  'checklist.recheckDays': { min: 1, max: 365 },
  'defer.maxMinutes': { min: 1, max: 120 },
} as const satisfies Record<string, NumberRange>;

export type LimitedField = keyof typeof LIMITS;
