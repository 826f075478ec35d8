import { isObj, type Obj } from '../guards';
import { type DayRecord, emptyDay, type History, type KindCounts } from './daily';
import { DAY_KEY, encodeHistory, HISTORY_VERSION } from './format';

const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0);

/**
 * One step of the stored history from version `from` to `from + 1`, pure, on the raw stored
 * object (the same pattern as the settings migrations). A step can go once no install could
 * still hold its `from` version. What a step does is said in a comment above it, not in a string
 * like the settings migrations' `note`: the worker carries this list (it reads and writes the
 * history), and words no one reads at run time would only add to its size budget.
 */
export interface HistoryMigration {
  from: number;
  up: (old: Obj) => Obj;
}

export const HISTORY_MIGRATIONS: readonly HistoryMigration[] = [
  // Version 1 kept each day as named objects; version 2 keeps a fixed-order list of numbers.
  // Break counts and natural breaks carry over; the per-exercise counts are dropped (areas
  // replace them).
  { from: 1, up: (old) => encodeHistory(readVersion1(old)) as unknown as Obj },
];

/**
 * The version of a stored history: `v` from version 2 on, `version` (or only `days`) before.
 * Null when `raw` is no stored history at all.
 */
export function storedVersion(raw: unknown): number | null {
  if (!isObj(raw)) return null;
  const v = raw.v ?? raw.version;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
  if (v === undefined && isObj(raw.days)) return 1;
  return null;
}

/**
 * Brings a stored history up to HISTORY_VERSION by running each step in order. A history written
 * by a newer release is returned as it is (it only appends columns, see format.ts); null when
 * there is no way from the stored version to the current one.
 */
export function migrateStored(
  raw: unknown,
  migrations: readonly HistoryMigration[] = HISTORY_MIGRATIONS,
  target = HISTORY_VERSION,
): Obj | null {
  let version = storedVersion(raw);
  if (version === null) return null;
  let body = raw as Obj;
  for (const step of migrations) {
    if (step.from !== version || version >= target) continue;
    body = step.up(body);
    version += 1;
  }
  return version >= target ? body : null;
}

/** Version 1, `{ version: 1, days: { "YYYY-MM-DD": { stretch, micro, natural, exercises } } }`, read leniently. */
function readVersion1(raw: Obj): History {
  const history: History = { version: 2, days: {} };
  if (!isObj(raw.days)) return history;
  for (const [key, value] of Object.entries(raw.days)) {
    if (DAY_KEY.test(key) && isObj(value)) history.days[key] = readDay1(value);
  }
  return history;
}

function readDay1(v: Obj): DayRecord {
  const day = emptyDay();
  day.natural = count(v.natural);
  day.stretch = readCounts1(v.stretch);
  day.micro = readCounts1(v.micro);
  return day;
}

function readCounts1(v: unknown): KindCounts {
  const o = isObj(v) ? v : {};
  return { prompted: count(o.prompted), taken: count(o.taken), snoozed: count(o.snoozed), skipped: count(o.skipped) };
}
