import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRecord, type DayRecord, emptyDay, emptyHistory, type HistoryInput } from '../../../src/core/history/daily';
import {
  decodeDay,
  decodeHistory,
  encodeDay,
  encodeHistory,
  HISTORY_AREAS,
  HISTORY_COLUMNS,
} from '../../../src/core/history/format';
import type { Msg } from '../../../src/core/message';
import { BODY_AREAS } from '../../../src/core/routine/types';
import { dayKey, MINUTE } from '../../../src/core/time/local-time';
import { EXERCISES } from '../../../src/data/exercises';
import { say } from '../../../src/platform/i18n';
import { history } from './arbitraries';

const START = new Date(2026, 10, 26, 9, 0).getTime();

/**
 * A typical working day of 8 hours: 10 prompts (8 taken, 1 snoozed, 1 skipped), 2 natural breaks,
 * 420 minutes sitting with 55 the longest, exercise in 5 areas, one posture check and a score.
 */
function typicalDay(): { day: DayRecord; inputs: HistoryInput[] } {
  const at = (minutes: number) => START + minutes * MINUTE;
  const inputs: HistoryInput[] = [
    ...[20, 40, 80, 100, 130, 150].map((m): HistoryInput => ({ what: 'prompted', kind: 'micro', at: at(m) })),
    ...[20, 40, 80, 100, 130].map((m): HistoryInput => ({ what: 'taken', kind: 'micro', at: at(m + 1) })),
    { what: 'skipped', kind: 'micro', at: at(151) },
    ...[50, 110, 175, 240].map((m): HistoryInput => ({ what: 'prompted', kind: 'stretch', at: at(m) })),
    { what: 'snoozed', kind: 'stretch', at: at(176) },
    ...[55, 115, 185].map((m): HistoryInput => ({ what: 'taken', kind: 'stretch', at: at(m) })),
    { what: 'natural', kind: null, at: at(300) },
    { what: 'natural', kind: null, at: at(400) },
    ...[55, 50, 45, 40, 50, 45, 35, 40, 30, 30].map(
      (minutes, i): HistoryInput => ({
        what: 'sitting',
        minutes,
        at: at(i * 48),
      }),
    ),
    { what: 'areas', areaSeconds: { neck: 120, shoulders: 150, 'upper-back': 90 }, at: at(55) },
    { what: 'areas', areaSeconds: { 'lower-back': 120, 'hip-flexors': 60, shoulders: 60 }, at: at(115) },
    { what: 'areas', areaSeconds: { neck: 60, 'lower-back': 60 }, at: at(185) },
    { what: 'posture', answers: { lumbar: true, feet: true, reach: false }, at: at(121) },
    { what: 'checklist-score', percent: 84, at: at(200) },
  ];
  const day = Object.values(inputs.reduce(addRecord, emptyHistory()).days)[0] as DayRecord;
  return { day, inputs };
}

/** The bytes a day adds to the stored JSON: `"YYYY-MM-DD":[...]` and its comma. */
const storedBytes = (key: string, day: DayRecord) => JSON.stringify({ [key]: encodeDay(day) }).length - 2 + 1;

describe('the stored form (version 2)', () => {
  it('has a column for every field, in a fixed order, and an area slot for every body area', () => {
    expect(HISTORY_COLUMNS).toHaveLength(20);
    expect(HISTORY_COLUMNS.slice(0, 12)).toEqual([
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
    ]);
    expect(HISTORY_COLUMNS.at(-1)).toBe('checklistScore');
    expect([...HISTORY_AREAS].sort()).toEqual([...BODY_AREAS].sort());
  });

  it('writes a day as numbers in column order, trailing empties left out', () => {
    const day = emptyDay();
    expect(encodeDay(day)).toEqual([]);
    day.stretch.taken = 2;
    expect(encodeDay(day)).toEqual([0, 2]);
    day.areaSeconds.hips = 30;
    day.activeMinutes = 50;
    expect(encodeDay(day)).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 0, 50, 0, [0, 30]]);
    day.checklistScore = 0;
    expect(encodeDay(day)).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 0, 50, 0, [0, 30], 0, 0, 0, 0, 0, 0, 0, 0]);
    day.areaSeconds.hips = 0;
    expect(encodeDay(day)[11]).toEqual([]);
  });

  it('keeps a typical day under 200 bytes', () => {
    const { day } = typicalDay();
    expect(day).toMatchObject({
      stretch: { prompted: 4, taken: 3, snoozed: 1, skipped: 0 },
      micro: { prompted: 6, taken: 5, snoozed: 0, skipped: 1 },
      natural: 2,
      activeMinutes: 420,
      longestSittingMinutes: 55,
      checklistScore: 84,
    });
    expect(Object.values(day.areaSeconds).filter((s) => s > 0)).toHaveLength(5);
    expect(JSON.stringify(encodeDay(day))).toBe('[4,3,1,0,6,5,0,1,2,420,55,[180,0,60,0,180,210,90],1,1,1,0,0,0,1,84]');
    const bytes = storedBytes('2026-11-26', day);
    expect(bytes).toBeLessThan(200);
    // A year of such days, the whole stored object as storage.local holds it.
    const year = emptyHistory();
    for (let i = 0; i < 365; i++) year.days[dayKey(new Date(2026, 0, 1 + i, 12).getTime())] = day;
    const yearBytes = JSON.stringify(encodeHistory(year)).length;
    // The figures reported with the format; a change to the format updates them here.
    expect({ bytes, yearBytes }).toEqual({ bytes: 81, yearBytes: 29_578 });
  });

  it('would take far more with per-exercise counts, which is why they are not stored', () => {
    // The same 3 stretch breaks and 5 eye rests as exercise ids: 11 of them, 3 done twice. They
    // would add about 210 bytes to the day's 81.
    const ids = EXERCISES.slice(0, 11).map((e) => e.id);
    const counts = Object.fromEntries(ids.map((id, i) => [id, i < 3 ? 2 : 1]));
    const extra = JSON.stringify(counts).length + 1;
    const { day } = typicalDay();
    expect(storedBytes('2026-11-26', day) + extra).toBeGreaterThan(200);
  });

  it('reads back exactly what it wrote, for any history', () => {
    fc.assert(
      fc.property(history, (h) => {
        const decoded = decodeHistory(JSON.parse(JSON.stringify(encodeHistory(h))));
        expect(decoded.errors).toEqual([]);
        expect(decoded.history).toEqual(h);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the days in date order', () => {
    fc.assert(
      fc.property(history, (h) => {
        const keys = Object.keys(encodeHistory(h).d);
        expect(keys).toEqual([...keys].sort());
      }),
    );
  });

  it('reads a bad column as empty, reports it, and keeps the rest of the day', () => {
    const errors: Msg[] = [];
    const day = decodeDay(
      [1, -2, 'x', 3, 0, 0, 0, 0, 0, 30, 1.5, [10, 'y', -1], 1, 0, 0, 0, 0, 0, 0, 101],
      errors,
      'd',
    );
    expect(day).toEqual({
      ...emptyDay(),
      stretch: { prompted: 1, taken: 0, snoozed: 0, skipped: 3 },
      activeMinutes: 30,
      areaSeconds: { ...emptyDay().areaSeconds, 'lower-back': 10 },
      posture: { ...emptyDay().posture, answered: 1 },
    });
    expect(errors).toHaveLength(6);
    const words = errors.map(say);
    expect(words[0]).toBe('d: stretch.taken is not a whole number of 0 or more.');
    expect(words).toContain('d: areaSeconds has a value for hips that is not a whole number of 0 or more.');
    expect(words.at(-1)).toBe('d: checklistScore is not a whole number from 0 to 100.');
  });

  it('reports days that are not dates or not lists, and keeps the others', () => {
    const { history: h, errors } = decodeHistory({
      v: 2,
      d: { '2026-02-30x': [1], '2026-13-01': [1], '2026-03-01': { a: 1 }, '2026-03-02': [0, 1] },
    });
    expect(Object.keys(h.days)).toEqual(['2026-03-02']);
    expect(errors).toHaveLength(3);
    expect(errors.map(say)).toEqual([
      '"2026-02-30x" is not a day written as YYYY-MM-DD.',
      '"2026-13-01" is not a day written as YYYY-MM-DD.',
      '2026-03-01: the day is not a list of numbers.',
    ]);
    const problems = (raw: unknown) => decodeHistory(raw).errors.map(say);
    expect(problems({ v: 3, d: {} })).toEqual(['The history has version 3, not 2.']);
    expect(problems({ d: {} })).toEqual(['The history does not say which version it is (Sitwell expects version 2).']);
    expect(problems([])).toEqual(['The history is not an object.']);
    expect(problems({ v: 2 })).toEqual(['The history has no days.']);
    expect(problems({ v: 2, d: { '2026-03-02': new Array(21).fill(0) } })).toEqual([
      '2026-03-02: the day has more than 20 columns.',
    ]);
  });

  it('reads -0 as 0, so a day read back compares equal', () => {
    const day = decodeDay([1, -0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [2, -0], 0, 0, 0, 0, 0, 0, 0, -0]);
    expect(Object.is(day.stretch.taken, 0)).toBe(true);
    expect(Object.is(day.areaSeconds.hips, 0)).toBe(true);
    expect(Object.is(day.checklistScore, 0)).toBe(true);
    expect(decodeDay(encodeDay(day))).toEqual(day);
  });

  it('never throws, whatever a day holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.anything(), fc.constantFrom(0, -0, 1.5, -1, null)), { maxLength: 25 }),
        (raw) => {
          const errors: Msg[] = [];
          const day = decodeDay(raw, errors);
          // What it gives is clean: encoding it and reading that back reports nothing.
          const again: Msg[] = [];
          expect(decodeDay(encodeDay(day), again)).toEqual(day);
          expect(again).toEqual([]);
        },
      ),
    );
  });
});
