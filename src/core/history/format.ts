/**
 * How the history sits in storage.local and in a backup file: version 2, one array of numbers per
 * day, in the fixed column order of HISTORY_COLUMNS, trailing empty columns left out.
 *
 *   { "v": 2, "d": { "2026-11-26": [4,3,1,0,6,5,0,1,2,420,55,[180,0,60,0,180,210,90],1,1,1,0,0,0,1,84] } }
 *
 * That day (10 prompts, 8 breaks taken, 420 minutes sitting, five areas exercised, a posture check
 * and a checklist score) takes 81 bytes with its key; a year of such days about 29 KB.
 *
 * Later versions may append columns (and areas to HISTORY_AREAS) but never reorder or reuse one,
 * so a day written by a newer release still reads here, minus what this release does not know.
 */
import { isObj } from '../guards';
import { type Msg, msg } from '../message';
import type { BodyArea } from '../routine/types';
import { type DayRecord, emptyDay, type History } from './daily';

/** The version of the stored form written by encodeHistory. */
export const HISTORY_VERSION = 2;

/** One column: a count, the area sub-array, or the checklist score (null for none). */
export type StoredColumn = number | number[] | null;
export type StoredDay = StoredColumn[];
export interface StoredHistory {
  v: typeof HISTORY_VERSION;
  /** By local day, "YYYY-MM-DD", oldest first. */
  d: Record<string, StoredDay>;
}

/** The order of the seconds in the `areaSeconds` sub-array. New areas go at the end. */
export const HISTORY_AREAS: readonly BodyArea[] = Object.freeze([
  'lower-back',
  'hips',
  'hip-flexors',
  'hamstrings',
  'neck',
  'shoulders',
  'upper-back',
  'wrists',
  'eyes',
  'legs',
] as const);

/**
 * The columns of a stored day, by index: the DayRecord field each holds (dotted path).
 * `areaSeconds` is an array of seconds in HISTORY_AREAS order, its trailing zeros left out;
 * `checklistScore` is 0–100 or null; every other column is a whole number, 0 or more.
 */
export const HISTORY_COLUMNS = Object.freeze([
  'stretch.prompted',
  'stretch.taken',
  'stretch.snoozed',
  'stretch.skipped',
  'micro.prompted',
  'micro.taken',
  'micro.snoozed',
  'micro.skipped',
  'natural',
  'activeMinutes',
  'longestSittingMinutes',
  'areaSeconds',
  'posture.answered',
  'posture.yes.lumbar',
  'posture.yes.feet',
  'posture.yes.reach',
  'posture.no.lumbar',
  'posture.no.feet',
  'posture.no.reach',
  'checklistScore',
] as const);
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];
type CountColumn = Exclude<HistoryColumn, 'areaSeconds' | 'checklistScore'>;

/** A real-looking calendar day: the keys every stored form uses. */
export const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
/** JSON can spell -0, which compares equal to 0 but is not the same value: read it as 0. */
const plain = (n: number) => (n === 0 ? 0 : n);

/** The object holding a count column's number, and its key in it: "posture.yes.feet" → [day.posture.yes, "feet"]. */
function countSlot(day: DayRecord, column: CountColumn): [Record<string, number>, string] {
  const path = column.split('.');
  const key = path.pop() as string;
  let holder = day as unknown as Record<string, unknown>;
  for (const step of path) holder = holder[step] as Record<string, unknown>;
  return [holder as Record<string, number>, key];
}

function getCount(day: DayRecord, column: CountColumn): number {
  const [holder, key] = countSlot(day, column);
  return holder[key] as number;
}

function setCount(day: DayRecord, column: CountColumn, value: number): void {
  const [holder, key] = countSlot(day, column);
  holder[key] = value;
}

/** What a column holds when nothing was recorded: a score of 0 is a score, so only null is empty there. */
const isEmpty = (v: StoredColumn, column: HistoryColumn) =>
  column === 'checklistScore' ? v === null : column === 'areaSeconds' ? Array.isArray(v) && v.length === 0 : v === 0;

function dropTrailing<T>(list: T[], empty: (v: T, i: number) => boolean): T[] {
  let end = list.length;
  while (end > 0 && empty(list[end - 1] as T, end - 1)) end -= 1;
  return list.slice(0, end);
}

/** One day in its stored form. A day with nothing recorded is `[]`. */
export function encodeDay(day: DayRecord): StoredDay {
  const columns = HISTORY_COLUMNS.map((column): StoredColumn => {
    if (column === 'areaSeconds') {
      return dropTrailing(
        HISTORY_AREAS.map((area) => day.areaSeconds[area]),
        (n) => n === 0,
      );
    }
    if (column === 'checklistScore') return day.checklistScore;
    return getCount(day, column);
  });
  return dropTrailing(columns, (v, i) => isEmpty(v, HISTORY_COLUMNS[i] as HistoryColumn));
}

/** The stored form of a whole history, days in date order. */
export function encodeHistory(history: History): StoredHistory {
  const d: Record<string, StoredDay> = {};
  for (const key of Object.keys(history.days).sort()) d[key] = encodeDay(history.days[key] as DayRecord);
  return { v: HISTORY_VERSION, d };
}

/**
 * Reads one stored day. A column that does not hold what it should is reported in `errors` and
 * read as empty; the other columns are kept.
 */
export function decodeDay(raw: readonly unknown[], errors: Msg[] = [], label = 'day'): DayRecord {
  const day = emptyDay();
  HISTORY_COLUMNS.forEach((column, i) => {
    const value = raw[i];
    if (value === undefined) return;
    if (column === 'areaSeconds') {
      if (value === 0) return;
      if (!Array.isArray(value)) {
        errors.push(msg('hist_fmt_not_seconds', label, column));
        return;
      }
      if (value.length > HISTORY_AREAS.length) {
        errors.push(msg('hist_fmt_too_many_areas', label, column, HISTORY_AREAS.length));
      }
      HISTORY_AREAS.forEach((area, j) => {
        const seconds = value[j];
        if (seconds === undefined) return;
        if (isCount(seconds)) day.areaSeconds[area] = plain(seconds);
        else errors.push(msg('hist_fmt_bad_area', label, column, area));
      });
      return;
    }
    if (column === 'checklistScore') {
      if (value === null) return;
      if (isScore(value)) day.checklistScore = plain(value);
      else errors.push(msg('hist_fmt_bad_score', label, column));
      return;
    }
    if (isCount(value)) setCount(day, column, plain(value));
    else errors.push(msg('hist_fmt_bad_count', label, column));
  });
  if (raw.length > HISTORY_COLUMNS.length) {
    errors.push(msg('hist_fmt_too_many_columns', label, HISTORY_COLUMNS.length));
  }
  return day;
}

export interface Decoded {
  history: History;
  /** Everything that could not be read, one sentence each; empty when the input was a clean v2 history. */
  errors: Msg[];
}

/**
 * Reads the stored form (version 2) back. Never throws: a day whose key is not a date or whose
 * value is not a list is left out, a bad column reads as empty, and each is reported in `errors`.
 * Storage reads keep what could be read (parseHistory); an import rejects a file with any error.
 */
export function decodeHistory(raw: unknown): Decoded {
  const errors: Msg[] = [];
  const history: History = { version: 2, days: {} };
  if (!isObj(raw)) return { history, errors: [msg('hist_fmt_not_object')] };
  if (raw.v !== HISTORY_VERSION) {
    const found = JSON.stringify(raw.v);
    errors.push(
      found === undefined
        ? msg('hist_fmt_no_version', HISTORY_VERSION)
        : msg('hist_fmt_version', found, HISTORY_VERSION),
    );
  }
  if (!isObj(raw.d)) {
    errors.push(msg('hist_fmt_no_days'));
    return { history, errors };
  }
  for (const [key, value] of Object.entries(raw.d)) {
    if (!DAY_KEY.test(key)) {
      errors.push(msg('hist_fmt_bad_key', JSON.stringify(key)));
      continue;
    }
    if (!Array.isArray(value)) {
      errors.push(msg('hist_fmt_not_list', key));
      continue;
    }
    history.days[key] = decodeDay(value, errors, key);
  }
  return { history, errors };
}
