import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRecord, emptyDay, emptyHistory } from '../../../src/core/history/daily';
import { parseHistory } from '../../../src/core/history/parse-history';

const counts = (prompted: number, taken: number, snoozed: number, skipped: number) => ({
  prompted,
  taken,
  snoozed,
  skipped,
});

describe('parseHistory', () => {
  it('reads a valid history back unchanged', () => {
    let h = emptyHistory();
    h = addRecord(h, { what: 'taken', kind: 'stretch', at: new Date(2026, 2, 2, 10).getTime() });
    h = addRecord(h, { what: 'natural', kind: null, at: new Date(2026, 2, 3, 10).getTime() });
    expect(parseHistory(JSON.parse(JSON.stringify(h)))).toEqual(h);
  });

  it.each([[undefined], [null], [42], ['x'], [[]], [{}], [{ days: [] }], [{ days: 'x' }]])(
    'gives an empty history for %j',
    (raw) => {
      expect(parseHistory(raw)).toEqual(emptyHistory());
    },
  );

  it('keeps every readable day and zeroes the bad fields in it', () => {
    const parsed = parseHistory({
      version: 1,
      days: {
        '2026-03-02': {
          stretch: { prompted: 3, taken: -1, snoozed: 1.5, skipped: '2' },
          micro: 'garbled',
          natural: 4,
        },
        '2026-03-03': {
          natural: null,
          stretch: { taken: 2 },
          extra: true,
          exercises: { 'chin-tuck': 2, bad: -1, x: 'y' },
        },
        '2026-03-04': {},
      },
    });
    expect(parsed).toEqual({
      version: 1,
      days: {
        '2026-03-02': { stretch: counts(3, 0, 0, 0), micro: counts(0, 0, 0, 0), natural: 4, exercises: {} },
        '2026-03-03': {
          stretch: counts(0, 2, 0, 0),
          micro: counts(0, 0, 0, 0),
          natural: 0,
          exercises: { 'chin-tuck': 2 },
        },
        '2026-03-04': emptyDay(),
      },
    });
  });

  it('drops entries whose key is not a day or whose value is not an object', () => {
    const parsed = parseHistory({
      days: {
        '2026-3-2': { natural: 1 },
        yesterday: { natural: 1 },
        '2026-03-02T00:00': { natural: 1 },
        '2026-03-05': 7,
        '2026-03-06': [1, 2],
        '2026-03-07': null,
        '2026-03-08': { natural: 2 },
      },
    });
    expect(Object.keys(parsed.days)).toEqual(['2026-03-08']);
    expect(parsed.days['2026-03-08']?.natural).toBe(2);
  });

  it('never throws on garbage, and what it gives is a clean history', () => {
    const count = fc.oneof(fc.nat(), fc.anything());
    const kindCounts = fc.oneof(
      fc.record({ prompted: count, taken: count, snoozed: count, skipped: count }, { requiredKeys: [] }),
      fc.anything(),
    );
    const day = fc.oneof(
      fc.record({ stretch: kindCounts, micro: kindCounts, natural: count }, { requiredKeys: [] }),
      fc.anything(),
    );
    const key = fc.oneof(
      fc
        .date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.string(),
    );
    const raw = fc.oneof(fc.anything(), fc.record({ version: fc.anything(), days: fc.dictionary(key, day) }));
    fc.assert(
      fc.property(raw, (input) => {
        const h = parseHistory(input);
        expect(h.version).toBe(1);
        for (const [k, d] of Object.entries(h.days)) {
          expect(k).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(Number.isInteger(d.natural) && d.natural >= 0).toBe(true);
          for (const c of [d.stretch, d.micro]) {
            expect(Object.keys(c).sort()).toEqual(['prompted', 'skipped', 'snoozed', 'taken']);
            for (const n of Object.values(c)) expect(Number.isInteger(n) && n >= 0).toBe(true);
          }
        }
        // Parsing is idempotent: a parsed history reads back as itself.
        expect(parseHistory(JSON.parse(JSON.stringify(h)))).toEqual(h);
        if (input && typeof input === 'object' && 'days' in input && input.days && typeof input.days === 'object') {
          const readable = Object.entries(input.days as Record<string, unknown>).filter(
            ([k, v]) => /^\d{4}-\d{2}-\d{2}$/.test(k) && typeof v === 'object' && v !== null && !Array.isArray(v),
          );
          if (!Array.isArray(input.days)) expect(Object.keys(h.days).length).toBe(readable.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});
