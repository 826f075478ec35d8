import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreWorkstation } from '../../../src/core/checklist/score';
import { ANSWERS, type Answer, type ChecklistItem } from '../../../src/core/checklist/types';
import { CHECKLIST_ITEMS } from '../../../src/data/checklist';

const item = (id: string, featured = false): ChecklistItem => ({
  id,
  section: 's',
  statement: `${id}.`,
  tip: 'Fix it.',
  ...(featured ? { featured: true as const } : {}),
});
const items = [item('a'), item('b'), item('c', true), item('d'), item('e')];

describe('scoreWorkstation', () => {
  it('counts yes, not yet, doesn’t apply and unanswered items', () => {
    const score = scoreWorkstation(items, { a: 'yes', b: 'no', c: 'no', d: 'na', gone: 'yes' });
    expect(score).toMatchObject({ yes: 1, no: 2, na: 1, unanswered: 1, applicable: 4, percent: 25, complete: false });
  });

  it('lists open items featured first, then in checklist order', () => {
    const score = scoreWorkstation(items, { a: 'no', c: 'no', d: 'yes' });
    expect(score.open.map((i) => i.id)).toEqual(['c', 'a', 'b', 'e']);
    const real = scoreWorkstation(CHECKLIST_ITEMS, {});
    expect(real.open.slice(0, 3).every((i) => i.featured)).toBe(true);
    expect(real.open).toHaveLength(CHECKLIST_ITEMS.length);
  });

  it('rounds the percentage and gives null when nothing applies', () => {
    expect(scoreWorkstation(items.slice(0, 3), { a: 'yes', b: 'no', c: 'no' }).percent).toBe(33);
    expect(scoreWorkstation(items.slice(0, 3), { a: 'yes', b: 'yes', c: 'no' }).percent).toBe(67);
    const allNa = scoreWorkstation(items, Object.fromEntries(items.map((i) => [i.id, 'na' as Answer])));
    expect(allNa).toMatchObject({ applicable: 0, percent: null, complete: true, open: [] });
    expect(scoreWorkstation([], {})).toMatchObject({ percent: null, complete: true });
  });

  it('is complete once every item has an answer, whatever it is', () => {
    const score = scoreWorkstation(items, { a: 'yes', b: 'no', c: 'na', d: 'no', e: 'yes' });
    expect(score.complete).toBe(true);
    expect(score.unanswered).toBe(0);
    expect(score.open.map((i) => i.id)).toEqual(['b', 'd']);
  });

  it('treats a value that is not an answer as unanswered', () => {
    const score = scoreWorkstation(items, { a: 'maybe' as Answer, toString: 'yes' as Answer });
    expect(score).toMatchObject({ yes: 0, unanswered: 5 });
  });

  it('always has counts that add up to the number of items', () => {
    const answers = fc.dictionary(
      fc.constantFrom(...CHECKLIST_ITEMS.map((i) => i.id), 'unknown-id'),
      fc.constantFrom<Answer | 'junk'>(...ANSWERS, 'junk'),
    );
    fc.assert(
      fc.property(fc.subarray([...CHECKLIST_ITEMS]), answers, (list, given) => {
        const s = scoreWorkstation(list, given as Record<string, Answer>);
        expect(s.yes + s.no + s.na + s.unanswered).toBe(list.length);
        expect(s.applicable).toBe(list.length - s.na);
        expect(s.open).toHaveLength(s.no + s.unanswered);
        expect(s.complete).toBe(s.unanswered === 0);
        if (s.percent !== null) expect(s.percent).toBeGreaterThanOrEqual(0);
        if (s.percent !== null) expect(s.percent).toBeLessThanOrEqual(100);
      }),
    );
  });
});
