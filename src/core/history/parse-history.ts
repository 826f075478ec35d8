import { type DayRecord, emptyDay, emptyHistory, type History, type KindCounts } from './daily';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);

/**
 * Reads history back from storage day by day: a garbled day or field becomes zero, every
 * readable day is kept. What a person recorded is never thrown away wholesale.
 */
export function parseHistory(raw: unknown): History {
  if (!isObj(raw) || !isObj(raw.days)) return emptyHistory();
  const days: Record<string, DayRecord> = {};
  for (const [key, value] of Object.entries(raw.days)) {
    if (DAY.test(key) && isObj(value)) days[key] = parseDay(value);
  }
  return { version: 1, days };
}

function parseDay(v: Obj): DayRecord {
  const day = emptyDay();
  day.natural = count(v.natural);
  day.stretch = parseCounts(v.stretch);
  day.micro = parseCounts(v.micro);
  if (isObj(v.exercises)) {
    for (const [id, n] of Object.entries(v.exercises)) if (count(n) > 0) day.exercises[id] = count(n);
  }
  return day;
}

function parseCounts(v: unknown): KindCounts {
  const o = isObj(v) ? v : {};
  return { prompted: count(o.prompted), taken: count(o.taken), snoozed: count(o.snoozed), skipped: count(o.skipped) };
}
