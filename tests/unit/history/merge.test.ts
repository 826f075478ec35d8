import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayRecord, emptyDay, emptyHistory, type History, KEEP_DAYS } from '../../../src/core/history/daily';
import { mergeDay, mergeHistory, mergePostureChecks } from '../../../src/core/history/merge';
import { BODY_AREAS } from '../../../src/core/routine/types';
import { bigHistory, history } from './arbitraries';

const withDays = (days: Record<string, DayRecord>): History => ({ version: 2, days });
const day = (over: Partial<DayRecord>): DayRecord => ({ ...emptyDay(), ...over });

/** Every number of `a` is at most the matching one of `b` (the score and posture aside). */
function noneLowered(a: DayRecord, b: DayRecord) {
  for (const k of ['stretch', 'micro'] as const) {
    for (const f of ['prompted', 'taken', 'snoozed', 'skipped'] as const)
      expect(b[k][f]).toBeGreaterThanOrEqual(a[k][f]);
  }
  expect(b.natural).toBeGreaterThanOrEqual(a.natural);
  expect(b.activeMinutes).toBeGreaterThanOrEqual(a.activeMinutes);
  expect(b.longestSittingMinutes).toBeGreaterThanOrEqual(a.longestSittingMinutes);
  for (const area of BODY_AREAS) expect(b.areaSeconds[area]).toBeGreaterThanOrEqual(a.areaSeconds[area]);
  expect(b.posture.answered).toBeGreaterThanOrEqual(a.posture.answered);
}

describe('mergeHistory', () => {
  it('keeps days held by one side only, as they are', () => {
    const a = withDays({ '2026-03-01': day({ natural: 1 }) });
    const b = withDays({ '2026-03-02': day({ natural: 2 }) });
    expect(mergeHistory(a, b)).toEqual(withDays({ ...a.days, ...b.days }));
  });

  it('takes the larger of each count for a day both hold, and never lowers one', () => {
    const mine = day({
      stretch: { prompted: 5, taken: 3, snoozed: 0, skipped: 1 },
      activeMinutes: 200,
      longestSittingMinutes: 50,
      areaSeconds: { ...emptyDay().areaSeconds, neck: 60 },
      checklistScore: 70,
    });
    const theirs = day({
      stretch: { prompted: 4, taken: 4, snoozed: 1, skipped: 0 },
      natural: 2,
      activeMinutes: 150,
      longestSittingMinutes: 65,
      areaSeconds: { ...emptyDay().areaSeconds, neck: 30, legs: 40 },
      checklistScore: 90,
    });
    expect(mergeDay(mine, theirs)).toEqual(
      day({
        stretch: { prompted: 5, taken: 4, snoozed: 1, skipped: 1 },
        natural: 2,
        activeMinutes: 200,
        longestSittingMinutes: 65,
        areaSeconds: { ...emptyDay().areaSeconds, neck: 60, legs: 40 },
        checklistScore: 70,
      }),
    );
    expect(mergeDay(day({}), theirs).checklistScore).toBe(90);
  });

  it("takes a day's posture checks whole from the side that answered more", () => {
    const a = { answered: 2, yes: { lumbar: 2, feet: 0, reach: 0 }, no: { lumbar: 0, feet: 2, reach: 0 } };
    const b = { answered: 1, yes: { lumbar: 0, feet: 1, reach: 1 }, no: { lumbar: 1, feet: 0, reach: 0 } };
    expect(mergeDay(day({ posture: a }), day({ posture: b })).posture).toEqual(a);
    expect(mergeDay(day({ posture: b }), day({ posture: a })).posture).toEqual(a);
    expect(mergeDay(day({ posture: b }), day({ posture: { ...a, answered: 1 } })).posture).toEqual(b);
  });

  it('keeps the newest KEEP_DAYS days of the two', () => {
    fc.assert(
      fc.property(bigHistory, history, (a, b) => {
        const merged = mergeHistory(a, b);
        const all = [...new Set([...Object.keys(a.days), ...Object.keys(b.days)])].sort();
        expect(Object.keys(merged.days).sort()).toEqual(all.slice(-KEEP_DAYS));
      }),
      { numRuns: 10 },
    );
  });

  it('is idempotent, never lowers what is held, and merging into nothing gives the import', () => {
    fc.assert(
      fc.property(history, history, (current, incoming) => {
        const once = mergeHistory(current, incoming);
        expect(mergeHistory(once, incoming)).toEqual(once);
        expect(mergeHistory(once, current)).toEqual(once);
        expect(mergeHistory(emptyHistory(), incoming)).toEqual(incoming);
        expect(mergeHistory(incoming, emptyHistory())).toEqual(incoming);
        for (const [key, d] of Object.entries(current.days)) noneLowered(d, once.days[key] as DayRecord);
        for (const [key, d] of Object.entries(incoming.days)) noneLowered(d, once.days[key] as DayRecord);
      }),
      { numRuns: 300 },
    );
  });

  it('does not change either history it was given', () => {
    fc.assert(
      fc.property(history, history, (a, b) => {
        const copies = structuredClone([a, b]);
        mergeHistory(a, b);
        expect([a, b]).toEqual(copies);
      }),
      { numRuns: 50 },
    );
  });
});

describe('mergePostureChecks', () => {
  it("fills the history's posture checks from the checklist state's, once", () => {
    const checks = {
      '2026-03-01': { answered: 2, yes: { lumbar: 2, feet: 1, reach: 2 }, no: { lumbar: 0, feet: 1, reach: 0 } },
      '2026-03-02': { answered: 0, yes: { lumbar: 0, feet: 0, reach: 0 }, no: { lumbar: 0, feet: 0, reach: 0 } },
    };
    const h = withDays({ '2026-03-01': day({ natural: 3 }) });
    const filled = mergePostureChecks(h, checks);
    expect(filled).toEqual(withDays({ '2026-03-01': day({ natural: 3, posture: checks['2026-03-01'] }) }));
    expect(mergePostureChecks(filled, checks)).toEqual(filled);
  });
});
