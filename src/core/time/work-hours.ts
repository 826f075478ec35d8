import type { Settings } from '../settings/defaults';
import { atLocalTime, localMinutes, minutesOfDay, weekday } from './local-time';

type WorkHours = Settings['workHours'];

/** True when prompts are allowed at `now`: work hours are off, or `now` is inside them. */
export function isWorkTime(hours: WorkHours, now: number): boolean {
  if (!hours.enabled) return true;
  if (!hours.days.includes(weekday(now))) return false;
  const m = localMinutes(now);
  return m >= minutesOfDay(hours.start) && m < minutesOfDay(hours.end);
}

/** The next instant work hours begin after `now`, or null when no day is chosen. */
export function nextWorkStart(hours: WorkHours, now: number): number | null {
  if (!hours.enabled || hours.days.length === 0) return null;
  for (let offset = 0; offset <= 7; offset++) {
    const start = atLocalTime(now, hours.start, offset);
    if (start > now && hours.days.includes(weekday(start))) return start;
  }
  return null;
}

/** When today's work hours end, for an instant inside them. */
export function workEnd(hours: WorkHours, now: number): number {
  return atLocalTime(now, hours.end, 0);
}
