import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRecord, emptyDay, emptyHistory, KEEP_DAYS } from '../../../src/core/history/daily';
import { encodeHistory } from '../../../src/core/history/format';
import { HISTORY_MIGRATIONS, migrateStored, storedVersion } from '../../../src/core/history/migrate';
import { parseHistory } from '../../../src/core/history/parse-history';
import { dayKey } from '../../../src/core/time/local-time';
import { history } from './arbitraries';

const counts = (prompted: number, taken: number, snoozed: number, skipped: number) => ({
  prompted,
  taken,
  snoozed,
  skipped,
});

describe('parseHistory', () => {
  it('reads the stored form back unchanged', () => {
    let h = emptyHistory();
    h = addRecord(h, { what: 'taken', kind: 'stretch', at: new Date(2026, 2, 2, 10).getTime() });
    h = addRecord(h, { what: 'natural', kind: null, at: new Date(2026, 2, 3, 10).getTime() });
    h = addRecord(h, { what: 'sitting', minutes: 45, at: new Date(2026, 2, 3, 10).getTime() });
    expect(parseHistory(JSON.parse(JSON.stringify(encodeHistory(h))))).toEqual(h);
    fc.assert(
      fc.property(history, (any) => {
        expect(parseHistory(encodeHistory(any))).toEqual(any);
      }),
    );
  });

  it.each([
    [undefined],
    [null],
    [42],
    ['x'],
    [[]],
    [{}],
    [{ days: [] }],
    [{ days: 'x' }],
    [{ v: 2 }],
    [{ v: 'two', d: {} }],
    [{ version: 0, days: {} }],
  ])('gives an empty history for %j', (raw) => {
    expect(parseHistory(raw)).toEqual(emptyHistory());
  });

  it('keeps every readable day of the stored form and empties only the bad columns', () => {
    const parsed = parseHistory({ v: 2, d: { '2026-03-02': [1, 'x', 2], '2026-03-03': 'garbled', nope: [1] } });
    expect(parsed).toEqual({ version: 2, days: { '2026-03-02': { ...emptyDay(), stretch: counts(1, 0, 2, 0) } } });
  });

  it('reads a form written by a newer release, ignoring the columns it does not know', () => {
    const parsed = parseHistory({ v: 3, d: { '2026-03-02': [1, 2, ...Array(18).fill(0), 7, 8] }, extra: true });
    expect(parsed.days['2026-03-02']?.stretch).toEqual(counts(1, 2, 0, 0));
  });

  it('never holds more than KEEP_DAYS days', () => {
    const d = Object.fromEntries(
      Array.from({ length: KEEP_DAYS + 3 }, (_, i) => [dayKey(new Date(2025, 0, 1 + i, 12).getTime()), [1]]),
    );
    const parsed = parseHistory({ v: 2, d });
    expect(Object.keys(parsed.days)).toHaveLength(KEEP_DAYS);
    expect(parsed.days['2025-01-01']).toBeUndefined();
  });
});

describe('migration from version 1', () => {
  it('is the one step in the list, from 1 to 2', () => {
    expect(HISTORY_MIGRATIONS.map((m) => m.from)).toEqual([1]);
    expect(storedVersion({ version: 1, days: {} })).toBe(1);
    expect(storedVersion({ days: {} })).toBe(1);
    expect(storedVersion({ v: 2, d: {} })).toBe(2);
    expect(storedVersion('x')).toBeNull();
  });

  it('carries the break counts and natural breaks over, dropping per-exercise counts', () => {
    const v1 = {
      version: 1,
      days: {
        '2026-03-02': {
          stretch: counts(3, 2, 1, 0),
          micro: counts(5, 4, 0, 1),
          natural: 2,
          exercises: { 'chin-tuck': 2 },
        },
      },
    };
    expect(migrateStored(v1)).toEqual({ v: 2, d: { '2026-03-02': [3, 2, 1, 0, 5, 4, 0, 1, 2] } });
    expect(parseHistory(v1).days['2026-03-02']).toEqual({
      ...emptyDay(),
      stretch: counts(3, 2, 1, 0),
      micro: counts(5, 4, 0, 1),
      natural: 2,
    });
  });

  it('keeps every readable version-1 day and zeroes the bad fields in it', () => {
    const parsed = parseHistory({
      version: 1,
      days: {
        '2026-03-02': {
          stretch: { prompted: 3, taken: -1, snoozed: 1.5, skipped: '2' },
          micro: 'garbled',
          natural: 4,
        },
        '2026-03-03': { natural: null, stretch: { taken: 2 }, extra: true, exercises: { bad: -1 } },
        '2026-03-04': {},
        '2026-3-5': { natural: 1 },
        yesterday: { natural: 1 },
        '2026-03-06': 7,
        '2026-03-07': [1, 2],
        '2026-03-08': null,
      },
    });
    expect(parsed).toEqual({
      version: 2,
      days: {
        '2026-03-02': { ...emptyDay(), stretch: counts(3, 0, 0, 0), natural: 4 },
        '2026-03-03': { ...emptyDay(), stretch: counts(0, 2, 0, 0) },
        '2026-03-04': emptyDay(),
      },
    });
  });

  it('never throws on garbage, and what it gives is a clean history', () => {
    const count = fc.oneof(fc.nat(), fc.anything());
    const kindCounts = fc.oneof(
      fc.record({ prompted: count, taken: count, snoozed: count, skipped: count }, { requiredKeys: [] }),
      fc.anything(),
    );
    const v1Day = fc.oneof(
      fc.record({ stretch: kindCounts, micro: kindCounts, natural: count }, { requiredKeys: [] }),
      fc.anything(),
    );
    const v2Day = fc.oneof(fc.array(fc.oneof(fc.nat(), fc.anything())), fc.anything());
    const key = fc.oneof(
      fc
        .date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.string(),
    );
    const raw = fc.oneof(
      fc.anything(),
      fc.record({ version: fc.anything(), days: fc.dictionary(key, v1Day) }),
      fc.record({ v: fc.oneof(fc.constant(2), fc.anything()), d: fc.dictionary(key, v2Day) }),
    );
    fc.assert(
      fc.property(raw, (input) => {
        const h = parseHistory(input);
        expect(h.version).toBe(2);
        for (const [k, d] of Object.entries(h.days)) {
          expect(k).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(Number.isInteger(d.natural) && d.natural >= 0).toBe(true);
          for (const c of [d.stretch, d.micro]) {
            expect(Object.keys(c).sort()).toEqual(['prompted', 'skipped', 'snoozed', 'taken']);
            for (const n of Object.values(c)) expect(Number.isInteger(n) && n >= 0).toBe(true);
          }
        }
        // Parsing is idempotent: a parsed history, stored again, reads back as itself.
        expect(parseHistory(JSON.parse(JSON.stringify(encodeHistory(h))))).toEqual(h);
      }),
      { numRuns: 400 },
    );
  });
});
