import type { BreakKind, BreakRecord, RecordKind } from '../schedule/types';
import { dayKey } from '../time/local-time';

/** Counts for one kind of break on one day. */
export interface KindCounts {
  prompted: number;
  taken: number;
  snoozed: number;
  skipped: number;
}

export interface DayRecord {
  stretch: KindCounts;
  micro: KindCounts;
  /** Natural breaks: the person stepped away long enough on their own. */
  natural: number;
  /** Exercises done during guided breaks, counted by exercise id. */
  exercises: Record<string, number>;
}

export interface History {
  version: 1;
  /** Keyed by local calendar day, "YYYY-MM-DD". */
  days: Record<string, DayRecord>;
}

/** Days kept; older days are trimmed as new ones are written. */
export const KEEP_DAYS = 365;

export const emptyHistory = (): History => ({ version: 1, days: {} });

const emptyCounts = (): KindCounts => ({ prompted: 0, taken: 0, snoozed: 0, skipped: 0 });
export const emptyDay = (): DayRecord => ({ stretch: emptyCounts(), micro: emptyCounts(), natural: 0, exercises: {} });

/** Adds one record to its day, then drops days beyond the kept window. Returns a new history. */
export function addRecord(history: History, record: BreakRecord): History {
  const key = dayKey(record.at);
  const day = structuredClone(history.days[key] ?? emptyDay());
  bump(day, record.what, record.kind);
  for (const id of record.exercises ?? []) day.exercises[id] = (day.exercises[id] ?? 0) + 1;
  return trim({ ...history, days: { ...history.days, [key]: day } });
}

function bump(day: DayRecord, what: RecordKind, kind: BreakKind | null): void {
  if (what === 'natural') {
    day.natural += 1;
    return;
  }
  if (kind) day[kind][what] += 1;
}

/** Keeps the newest KEEP_DAYS days. Keys sort as dates because they are zero-padded. */
export function trim(history: History, keep = KEEP_DAYS): History {
  const keys = Object.keys(history.days).sort();
  if (keys.length <= keep) return history;
  const days: Record<string, DayRecord> = {};
  for (const k of keys.slice(-keep)) days[k] = history.days[k] as DayRecord;
  return { ...history, days };
}

export function dayOf(history: History, now: number): DayRecord {
  return history.days[dayKey(now)] ?? emptyDay();
}
