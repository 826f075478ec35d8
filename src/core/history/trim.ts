import type { History } from './daily';
import { encodeDay } from './format';

/**
 * Making room when storage is full (the platform's history store retries a refused write with
 * less history each time). Only the oldest days go, and never one in `keep`: the days a write is
 * adding to, so what the person just recorded is what stays.
 */

/**
 * The history without its `count` oldest days outside `keep`. Returns `history` itself when
 * nothing can be dropped, so a caller retrying a write knows when to stop. Keys sort as dates
 * because they are zero-padded.
 */
export function dropOldestDays(history: History, count: number, keep: ReadonlySet<string> = new Set()): History {
  const dropped = Object.keys(history.days)
    .filter((key) => !keep.has(key))
    .sort()
    .slice(0, Math.max(0, Math.floor(count)));
  if (dropped.length === 0) return history;
  const days = { ...history.days };
  for (const key of dropped) delete days[key];
  return { ...history, days };
}

/** The days of `after` that are new or differ from `before`: what a write is recording. */
export function changedDays(before: History, after: History): Set<string> {
  const stored = (h: History, key: string) => {
    const day = h.days[key];
    return day === undefined ? undefined : JSON.stringify(encodeDay(day));
  };
  return new Set(Object.keys(after.days).filter((key) => stored(before, key) !== stored(after, key)));
}
