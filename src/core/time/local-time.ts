/**
 * Local wall-clock helpers. They take `now` (ms since the epoch) and read it in the machine's
 * time zone through Date's local getters, which keeps them pure for a given time zone; tests pin
 * the zone (tests/setup-timezone.ts) and cover a daylight-saving change.
 */
import { WEEKDAYS, type Weekday } from '../settings/defaults';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Minutes since local midnight for "HH:MM". Validated settings only hold well-formed times. */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Local time of day for `now`, in minutes since midnight (seconds dropped). */
export function localMinutes(now: number): number {
  const d = new Date(now);
  return d.getHours() * 60 + d.getMinutes();
}

export function weekday(now: number): Weekday {
  return WEEKDAYS[new Date(now).getDay()] as Weekday;
}

/** The instant of local "HH:MM" on the day `dayOffset` days after the one holding `now`. */
export function atLocalTime(now: number, hhmm: string, dayOffset = 0): number {
  const d = new Date(now);
  const mins = minutesOfDay(hhmm);
  // Date normalises overflowing fields and applies the zone's offset for that very day, so a
  // daylight-saving change between `now` and the target is handled.
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset, Math.floor(mins / 60), mins % 60).getTime();
}

/** "2026-11-26": the local calendar day holding `now`, used as the key of daily records. */
export function dayKey(now: number): string {
  const d = new Date(now);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** "14:30" in 24-hour form; pages format for the reader's locale, this is for compact text. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
