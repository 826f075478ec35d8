import { POSTURE_TOPICS, type PostureCheckDay, type PostureTopic } from '../checklist/types';
import { emptyPostureDay } from '../checklist/workstations';
import { BODY_AREAS, type BodyArea } from '../routine/types';
import type { BreakKind, BreakRecord, RecordKind } from '../schedule/types';
import { dayKey } from '../time/local-time';

/** Counts for one kind of break on one day. */
export interface KindCounts {
  prompted: number;
  taken: number;
  snoozed: number;
  skipped: number;
}

/** Seconds of guided exercise per body area. An exercise counts in full for every area it works. */
export type AreaSeconds = Record<BodyArea, number>;

/** One local day of the person's own history. Every number is a whole number, zero or more. */
export interface DayRecord {
  stretch: KindCounts;
  micro: KindCounts;
  /** Natural breaks: the person stepped away long enough on their own. */
  natural: number;
  /** Minutes of sitting (active, not on a break) in the stretches that ended this day. */
  activeMinutes: number;
  /** The longest of those stretches, in minutes. */
  longestSittingMinutes: number;
  /** Guided exercise by body area, in seconds. */
  areaSeconds: AreaSeconds;
  /** The quick posture checks answered this day. */
  posture: PostureCheckDay;
  /** The last workstation checklist score (0–100) recorded this day; null when none was. */
  checklistScore: number | null;
}

/** The in-memory history. Storage holds the compact form of src/core/history/format.ts. */
export interface History {
  version: 2;
  /** Keyed by local calendar day, "YYYY-MM-DD". */
  days: Record<string, DayRecord>;
}

/** A sitting stretch ended at `at`: adds to the day's active time and may be its longest. */
export interface SittingInput {
  what: 'sitting';
  minutes: number;
  at: number;
}

/** The exercises of one guided break, as seconds by body area (see areaSecondsOf). */
export interface AreasInput {
  what: 'areas';
  areaSeconds: Partial<Record<BodyArea, number>>;
  at: number;
}

/** One quick posture check; topics left out were not answered. */
export interface PostureInput {
  what: 'posture';
  answers: Partial<Record<PostureTopic, boolean>>;
  at: number;
}

/** The workstation checklist's score after a change, 0–100. */
export interface ChecklistScoreInput {
  what: 'checklist-score';
  percent: number;
  at: number;
}

/** Everything the history counts: the engine's break records and the inputs above. */
export type HistoryInput = BreakRecord | SittingInput | AreasInput | PostureInput | ChecklistScoreInput;

/** Days kept; the oldest days are dropped whenever more than this many are held. */
export const KEEP_DAYS = 365;

export const emptyHistory = (): History => ({ version: 2, days: {} });

export const emptyCounts = (): KindCounts => ({ prompted: 0, taken: 0, snoozed: 0, skipped: 0 });

export const emptyAreaSeconds = (): AreaSeconds =>
  Object.fromEntries(BODY_AREAS.map((area) => [area, 0])) as AreaSeconds;

export const emptyDay = (): DayRecord => ({
  stretch: emptyCounts(),
  micro: emptyCounts(),
  natural: 0,
  activeMinutes: 0,
  longestSittingMinutes: 0,
  areaSeconds: emptyAreaSeconds(),
  posture: emptyPostureDay(),
  checklistScore: null,
});

/** A deep copy that shares nothing with `day`. */
export function copyDay(day: DayRecord): DayRecord {
  return structuredClone(day);
}

/** A count never grows past what JSON and doubles keep exactly. */
const plus = (a: number, b: number) => Math.min(a + b, Number.MAX_SAFE_INTEGER);
/** A whole, positive amount, or 0 for anything else (negative, NaN, not a number). */
const wholePositive = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : 0);

/**
 * Adds one input to its local day, then drops days beyond the kept window. Returns a new history;
 * an input that counts nothing (no kind, no minutes, no answer, a time that is not a number)
 * returns `history` itself.
 */
export function addRecord(history: History, input: HistoryInput): History {
  if (typeof input.at !== 'number' || !Number.isFinite(input.at)) return history;
  const key = dayKey(input.at);
  const day = copyDay(history.days[key] ?? emptyDay());
  if (!apply(day, input)) return history;
  return trim({ ...history, days: { ...history.days, [key]: day } });
}

/** Changes `day` in place; false when the input counts nothing. */
function apply(day: DayRecord, input: HistoryInput): boolean {
  switch (input.what) {
    case 'sitting': {
      const minutes = wholePositive(input.minutes);
      if (minutes === 0) return false;
      day.activeMinutes = plus(day.activeMinutes, minutes);
      day.longestSittingMinutes = Math.max(day.longestSittingMinutes, minutes);
      return true;
    }
    case 'areas': {
      let counted = false;
      for (const area of BODY_AREAS) {
        const seconds = wholePositive(input.areaSeconds?.[area]);
        if (seconds === 0) continue;
        day.areaSeconds[area] = plus(day.areaSeconds[area], seconds);
        counted = true;
      }
      return counted;
    }
    case 'posture': {
      const given = POSTURE_TOPICS.filter((topic) => typeof input.answers?.[topic] === 'boolean');
      if (given.length === 0) return false;
      day.posture.answered = plus(day.posture.answered, 1);
      for (const topic of given) {
        const side = input.answers[topic] ? day.posture.yes : day.posture.no;
        side[topic] = plus(side[topic], 1);
      }
      return true;
    }
    case 'checklist-score': {
      const p = input.percent;
      if (typeof p !== 'number' || !Number.isFinite(p)) return false;
      day.checklistScore = Math.min(100, Math.max(0, Math.round(p)));
      return true;
    }
    default:
      return bump(day, input.what, input.kind);
  }
}

function bump(day: DayRecord, what: RecordKind, kind: BreakKind | null): boolean {
  if (what === 'natural') {
    day.natural = plus(day.natural, 1);
    return true;
  }
  if (kind !== 'stretch' && kind !== 'micro') return false;
  day[kind][what] = plus(day[kind][what], 1);
  return true;
}

/**
 * Keeps the newest `keep` days that hold a record (days with nothing recorded take no room), so
 * storage never holds more than KEEP_DAYS entries. Keys sort as dates because they are zero-padded.
 */
export function trim(history: History, keep = KEEP_DAYS): History {
  const keys = Object.keys(history.days).sort();
  if (keys.length <= keep) return history;
  const days: Record<string, DayRecord> = {};
  for (const k of keys.slice(keys.length - keep)) days[k] = history.days[k] as DayRecord;
  return { ...history, days };
}

/** The record of the local day holding `now`, or an empty day. */
export function dayOf(history: History, now: number): DayRecord {
  return history.days[dayKey(now)] ?? emptyDay();
}
