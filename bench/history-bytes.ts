import { type DayRecord, type History, KEEP_DAYS } from '../src/core/history/daily.ts';
import { decodeDay, encodeDay, encodeHistory } from '../src/core/history/format.ts';
import type { Msg } from '../src/core/message.ts';

/**
 * Storage cost of the history, through the real encoder (src/core/history/format.ts). Chrome
 * counts a storage.local item as its key's length plus its value's JSON length, so that is what
 * is counted here; bench/browser.ts checks the year against chrome.storage.local.getBytesInUse.
 */

/**
 * The realistic day that format.ts documents (and the README's "about 80 bytes" refers to):
 * 10 prompts, 8 breaks taken, 420 minutes sitting, five areas exercised, a posture check and a
 * checklist score.
 */
export const EXAMPLE_DAY: readonly unknown[] = [
  4,
  3,
  1,
  0,
  6,
  5,
  0,
  1,
  2,
  420,
  55,
  [180, 0, 60, 0, 180, 210, 90],
  1,
  1,
  1,
  0,
  0,
  0,
  1,
  84,
];

const KEY = 'history';
const DAY_MS = 86_400_000;

/** The bytes Chrome counts for the stored history: the key plus the value as JSON. */
export function storedBytes(value: unknown): number {
  return KEY.length + JSON.stringify(value).length;
}

/** What one day adds to the stored history: `"YYYY-MM-DD":[…]` and the comma before it. */
export function dayBytes(key: string, day: DayRecord): number {
  return JSON.stringify(key).length + 1 + JSON.stringify(encodeDay(day)).length + 1;
}

/** `count` consecutive days ending on 2026-11-26, each the same realistic day. */
export function yearOf(day: DayRecord, count = KEEP_DAYS): History {
  const end = Date.UTC(2026, 10, 26);
  const days: Record<string, DayRecord> = {};
  for (let i = 0; i < count; i += 1) {
    days[new Date(end - i * DAY_MS).toISOString().slice(0, 10)] = structuredClone(day);
  }
  return { version: 2, days };
}

export interface HistoryBytes {
  /** The example day's own bytes in storage, key and comma included. */
  perDay: number;
  /** The stored history with one such day, as Chrome counts it. */
  oneDay: number;
  /** The stored history after KEEP_DAYS (365) such days, as Chrome counts it. */
  year: number;
  /** year / 365: what a day costs on average once the history is full. */
  perDayInYear: number;
  /** The encoded year, for the browser to store and count. */
  yearValue: unknown;
}

export function historyBytes(): HistoryBytes {
  const errors: Msg[] = [];
  const day = decodeDay(EXAMPLE_DAY, errors);
  if (errors.length > 0) throw new Error('the example day no longer decodes cleanly');
  const yearValue = encodeHistory(yearOf(day));
  const year = storedBytes(yearValue);
  return {
    perDay: dayBytes('2026-11-26', day),
    oneDay: storedBytes(encodeHistory(yearOf(day, 1))),
    year,
    perDayInYear: year / KEEP_DAYS,
    yearValue,
  };
}
