import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaSecondsOf } from '../../../src/core/history/areas';
import {
  addRecord,
  dayOf,
  emptyDay,
  emptyHistory,
  type History,
  type HistoryInput,
  KEEP_DAYS,
  trim,
} from '../../../src/core/history/daily';
import type { BreakRecord, RecordKind } from '../../../src/core/schedule/types';
import { dayKey, HOUR } from '../../../src/core/time/local-time';

const MON = new Date(2026, 2, 2, 10, 0).getTime();
const DAY = 24 * HOUR;
const rec = (what: RecordKind, kind: BreakRecord['kind'], at = MON): BreakRecord => ({ what, kind, at });
const addAll = (inputs: HistoryInput[], h = emptyHistory()) => inputs.reduce(addRecord, h);

describe('addRecord', () => {
  it('counts each break record under its local day, kind and outcome', () => {
    const h = addAll([
      rec('prompted', 'stretch'),
      rec('taken', 'stretch'),
      rec('prompted', 'micro'),
      rec('snoozed', 'micro'),
      rec('snoozed', 'micro'),
      rec('skipped', 'micro'),
      rec('natural', null),
      rec('taken', 'micro', MON + DAY),
    ]);
    expect(h).toEqual({
      version: 2,
      days: {
        '2026-03-02': {
          ...emptyDay(),
          stretch: { prompted: 1, taken: 1, snoozed: 0, skipped: 0 },
          micro: { prompted: 1, taken: 0, snoozed: 2, skipped: 1 },
          natural: 1,
        },
        '2026-03-03': { ...emptyDay(), micro: { prompted: 0, taken: 1, snoozed: 0, skipped: 0 } },
      },
    });
  });

  it('adds sitting stretches to the active minutes and keeps the longest', () => {
    const h = addAll([
      { what: 'sitting', minutes: 40, at: MON },
      { what: 'sitting', minutes: 55, at: MON + HOUR },
      { what: 'sitting', minutes: 25.4, at: MON + 2 * HOUR },
      { what: 'sitting', minutes: 0, at: MON + 3 * HOUR },
      { what: 'sitting', minutes: -5, at: MON + 3 * HOUR },
      { what: 'sitting', minutes: Number.NaN, at: MON + 3 * HOUR },
    ]);
    expect(dayOf(h, MON)).toMatchObject({ activeMinutes: 120, longestSittingMinutes: 55 });
  });

  it('adds seconds of exercise by body area, ignoring areas it does not know', () => {
    const h = addAll([
      { what: 'areas', areaSeconds: { neck: 60, shoulders: 90 }, at: MON },
      { what: 'areas', areaSeconds: { neck: 30, eyes: 20.2 }, at: MON },
      { what: 'areas', areaSeconds: { elbows: 50 } as never, at: MON },
    ]);
    expect(dayOf(h, MON).areaSeconds).toEqual({ ...emptyDay().areaSeconds, neck: 90, shoulders: 90, eyes: 20 });
  });

  it('counts a posture check once, with each answer given', () => {
    const h = addAll([
      { what: 'posture', answers: { lumbar: true, feet: true, reach: false }, at: MON },
      { what: 'posture', answers: { lumbar: false }, at: MON },
      { what: 'posture', answers: {}, at: MON },
    ]);
    expect(dayOf(h, MON).posture).toEqual({
      answered: 2,
      yes: { lumbar: 1, feet: 1, reach: 0 },
      no: { lumbar: 1, feet: 0, reach: 1 },
    });
  });

  it('keeps the last checklist score of the day, whole and within 0–100', () => {
    let h = addAll([
      { what: 'checklist-score', percent: 60, at: MON },
      { what: 'checklist-score', percent: 72.6, at: MON + HOUR },
    ]);
    expect(dayOf(h, MON).checklistScore).toBe(73);
    h = addRecord(h, { what: 'checklist-score', percent: 140, at: MON + 2 * HOUR });
    expect(dayOf(h, MON).checklistScore).toBe(100);
    expect(addRecord(h, { what: 'checklist-score', percent: Number.NaN, at: MON })).toBe(h);
    expect(dayOf(h, MON + DAY).checklistScore).toBeNull();
  });

  it('files a record by the local day, not the UTC one', () => {
    const justAfterMidnight = new Date(2026, 2, 3, 0, 30).getTime(); // 2 March 23:30 UTC
    const h = addRecord(emptyHistory(), rec('natural', null, justAfterMidnight));
    expect(Object.keys(h.days)).toEqual(['2026-03-03']);
  });

  it('does not change the history it was given', () => {
    const h = addAll([rec('taken', 'stretch'), { what: 'areas', areaSeconds: { neck: 5 }, at: MON }]);
    const copy = structuredClone(h);
    addRecord(h, rec('taken', 'stretch'));
    addRecord(h, rec('natural', null));
    addRecord(h, { what: 'areas', areaSeconds: { neck: 5 }, at: MON });
    addRecord(h, { what: 'posture', answers: { feet: true }, at: MON });
    addRecord(h, { what: 'sitting', minutes: 30, at: MON });
    expect(h).toEqual(copy);
  });

  it('returns the history itself for an input that counts nothing', () => {
    const h = addRecord(emptyHistory(), rec('taken', 'stretch'));
    expect(addRecord(h, rec('taken', null))).toBe(h);
    expect(addRecord(h, rec('natural', null, Number.NaN))).toBe(h);
    expect(addRecord(h, { what: 'areas', areaSeconds: {}, at: MON })).toBe(h);
  });

  it('counts every record exactly once, for any list of records', () => {
    const record = fc.record({
      what: fc.constantFrom<RecordKind>('prompted', 'taken', 'snoozed', 'skipped', 'natural'),
      kind: fc.constantFrom<'stretch' | 'micro'>('stretch', 'micro'),
      at: fc.integer({ min: MON, max: MON + 20 * DAY }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        const h = addAll(records.map((r) => (r.what === 'natural' ? { ...r, kind: null } : r)));
        let total = 0;
        for (const d of Object.values(h.days)) {
          total += d.natural;
          for (const k of ['stretch', 'micro'] as const) {
            total += d[k].prompted + d[k].taken + d[k].snoozed + d[k].skipped;
          }
        }
        expect(total).toBe(records.length);
        for (const r of records) expect(h.days[dayKey(r.at)]).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('sums sitting minutes and keeps their maximum, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 20 }), (stretches) => {
        const h = addAll(stretches.map((minutes, i) => ({ what: 'sitting', minutes, at: MON + i * 1000 })));
        const day = dayOf(h, MON);
        expect(day.activeMinutes).toBe(stretches.reduce((a, b) => a + b, 0));
        expect(day.longestSittingMinutes).toBe(Math.max(...stretches));
      }),
    );
  });

  it('keeps only the newest 365 days as days are added', () => {
    let h = emptyHistory();
    const start = new Date(2025, 0, 1, 12).getTime();
    for (let i = 0; i < KEEP_DAYS + 10; i++) h = addRecord(h, rec('natural', null, start + i * DAY));
    const keys = Object.keys(h.days).sort();
    expect(KEEP_DAYS).toBe(365);
    expect(keys).toHaveLength(365);
    expect(keys[0]).toBe(dayKey(start + 10 * DAY));
    expect(keys.at(-1)).toBe(dayKey(start + (KEEP_DAYS + 9) * DAY));
  });
});

describe('trim', () => {
  const historyOf = (keys: string[]): History => ({
    version: 2,
    days: Object.fromEntries(keys.map((k) => [k, { ...emptyDay(), natural: 1 }])),
  });

  it('keeps the newest days by date, whatever order they were written in', () => {
    const h = historyOf(['2026-03-01', '2025-12-31', '2026-01-15', '2024-06-30']);
    expect(Object.keys(trim(h, 2).days).sort()).toEqual(['2026-01-15', '2026-03-01']);
    expect(trim(h, 0).days).toEqual({});
  });

  it('returns the same history when nothing needs trimming', () => {
    const h = historyOf(['2026-03-01', '2026-03-02']);
    expect(trim(h, 2)).toBe(h);
    expect(trim(h)).toBe(h);
  });

  it('keeps exactly 365 of 366 days by default, dropping the oldest', () => {
    const keys = Array.from({ length: 366 }, (_, i) => dayKey(new Date(2025, 0, 1 + i, 12).getTime()));
    const trimmed = trim(historyOf(keys));
    expect(Object.keys(trimmed.days)).toHaveLength(365);
    expect(trimmed.days[keys[0] as string]).toBeUndefined();
    expect(trimmed.days[keys[365] as string]).toBeDefined();
  });
});

describe('dayOf', () => {
  it('gives the record of the day holding `now`, or an empty day', () => {
    const h = addRecord(emptyHistory(), rec('taken', 'stretch'));
    expect(dayOf(h, MON + HOUR).stretch.taken).toBe(1);
    expect(dayOf(h, MON + DAY)).toEqual(emptyDay());
  });
});

describe('areaSecondsOf', () => {
  it('counts each exercise in full for every area it works', () => {
    expect(
      areaSecondsOf([
        { areas: ['neck', 'shoulders'], seconds: 60 },
        { areas: ['neck'], seconds: 30.4 },
        { areas: ['eyes', 'eyes'], seconds: 20 },
        { areas: ['legs'], seconds: -5 },
      ]),
    ).toEqual({ neck: 90, shoulders: 60, eyes: 20 });
  });

  it('gives an input addRecord takes as is', () => {
    const h = addRecord(emptyHistory(), {
      what: 'areas',
      areaSeconds: areaSecondsOf([{ areas: ['hips', 'lower-back'], seconds: 45 }]),
      at: MON,
    });
    expect(dayOf(h, MON).areaSeconds).toMatchObject({ hips: 45, 'lower-back': 45, neck: 0 });
  });
});
