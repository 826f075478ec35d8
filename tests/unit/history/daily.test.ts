import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addRecord,
  dayOf,
  emptyDay,
  emptyHistory,
  type History,
  KEEP_DAYS,
  trim,
} from '../../../src/core/history/daily';
import type { BreakRecord, RecordKind } from '../../../src/core/schedule/types';
import { dayKey, HOUR } from '../../../src/core/time/local-time';

const MON = new Date(2026, 2, 2, 10, 0).getTime();
const DAY = 24 * HOUR;
const rec = (what: RecordKind, kind: BreakRecord['kind'], at = MON): BreakRecord => ({ what, kind, at });

describe('addRecord', () => {
  it('counts each record under its local day, kind and outcome', () => {
    let h = emptyHistory();
    h = addRecord(h, rec('prompted', 'stretch'));
    h = addRecord(h, rec('taken', 'stretch'));
    h = addRecord(h, rec('prompted', 'micro'));
    h = addRecord(h, rec('snoozed', 'micro'));
    h = addRecord(h, rec('snoozed', 'micro'));
    h = addRecord(h, rec('skipped', 'micro'));
    h = addRecord(h, rec('natural', null));
    h = addRecord(h, rec('taken', 'micro', MON + DAY));
    expect(h).toEqual({
      version: 1,
      days: {
        '2026-03-02': {
          stretch: { prompted: 1, taken: 1, snoozed: 0, skipped: 0 },
          micro: { prompted: 1, taken: 0, snoozed: 2, skipped: 1 },
          natural: 1,
          exercises: {},
        },
        '2026-03-03': { ...emptyDay(), micro: { prompted: 0, taken: 1, snoozed: 0, skipped: 0 } },
      },
    });
  });

  it('counts the exercises done in a taken break by id', () => {
    let h = addRecord(emptyHistory(), { ...rec('taken', 'stretch'), exercises: ['chin-tuck', 'calf-stretch'] });
    h = addRecord(h, { ...rec('taken', 'stretch'), exercises: ['chin-tuck'] });
    expect(h.days['2026-03-02']?.exercises).toEqual({ 'chin-tuck': 2, 'calf-stretch': 1 });
    expect(h.days['2026-03-02']?.stretch.taken).toBe(2);
  });

  it('files a record by the local day, not the UTC one', () => {
    const justAfterMidnight = new Date(2026, 2, 3, 0, 30).getTime(); // 2 March 23:30 UTC
    const h = addRecord(emptyHistory(), rec('natural', null, justAfterMidnight));
    expect(Object.keys(h.days)).toEqual(['2026-03-03']);
  });

  it('does not change the history it was given', () => {
    const h = addRecord(emptyHistory(), rec('taken', 'stretch'));
    const copy = structuredClone(h);
    addRecord(h, rec('taken', 'stretch'));
    addRecord(h, rec('natural', null));
    expect(h).toEqual(copy);
  });

  it('ignores a non-natural record without a kind', () => {
    const h = addRecord(emptyHistory(), rec('taken', null));
    expect(h.days['2026-03-02']).toEqual(emptyDay());
  });

  it('counts every record exactly once, for any list of records', () => {
    const record = fc.record({
      what: fc.constantFrom<RecordKind>('prompted', 'taken', 'snoozed', 'skipped', 'natural'),
      kind: fc.constantFrom<'stretch' | 'micro'>('stretch', 'micro'),
      at: fc.integer({ min: MON, max: MON + 20 * DAY }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        let h = emptyHistory();
        for (const r of records) h = addRecord(h, r.what === 'natural' ? { ...r, kind: null } : r);
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
    version: 1,
    days: Object.fromEntries(keys.map((k) => [k, { ...emptyDay(), natural: 1 }])),
  });

  it('keeps the newest days by date, whatever order they were written in', () => {
    const h = historyOf(['2026-03-01', '2025-12-31', '2026-01-15', '2024-06-30']);
    expect(Object.keys(trim(h, 2).days).sort()).toEqual(['2026-01-15', '2026-03-01']);
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
  it('gives the counts for the day holding `now`, or an empty day', () => {
    const h = addRecord(emptyHistory(), rec('taken', 'stretch'));
    expect(dayOf(h, MON + HOUR).stretch.taken).toBe(1);
    expect(dayOf(h, MON + DAY)).toEqual(emptyDay());
  });
});
