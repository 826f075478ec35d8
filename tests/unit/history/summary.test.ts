import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayRecord, emptyDay, emptyHistory, type History } from '../../../src/core/history/daily';
import {
  type HistorySummary,
  offeredOf,
  shiftDay,
  streak,
  summarize,
  summaryMessages,
} from '../../../src/core/history/summary';
import { resetLanguageForTests, say } from '../../../src/platform/i18n';
import { useLanguage } from '../../fake-i18n';
import { history } from './arbitraries';

// Thursday 26 November 2026, afternoon; Berlin time (tests/setup-timezone.ts).
const NOW = new Date(2026, 10, 26, 15, 0).getTime();
const counts = (prompted: number, taken: number, snoozed = 0, skipped = 0) => ({ prompted, taken, snoozed, skipped });
const day = (over: Partial<DayRecord>): DayRecord => ({ ...emptyDay(), ...over });
const withDays = (days: Record<string, DayRecord>): History => ({ version: 2, days });
/** The day `offset` days from NOW's. */
const d = (offset: number) => shiftDay(NOW, offset);

describe('shiftDay', () => {
  it('steps over local days, across a daylight-saving change', () => {
    expect(d(0)).toBe('2026-11-26');
    expect(d(-6)).toBe('2026-11-20');
    const afterSpringForward = new Date(2026, 2, 30, 0, 30).getTime(); // Monday after 29 March
    expect(shiftDay(afterSpringForward, -1)).toBe('2026-03-29');
    expect(shiftDay(afterSpringForward, -2)).toBe('2026-03-28');
  });
});

describe('offeredOf', () => {
  it('counts a snoozed break once, and never fewer than the breaks answered', () => {
    expect(offeredOf(counts(3, 1, 2))).toBe(1);
    expect(offeredOf(counts(0, 2))).toBe(2);
    expect(offeredOf(counts(4, 2, 1, 1))).toBe(3);
  });
});

describe('summarize', () => {
  const h = withDays({
    [d(0)]: day({
      stretch: counts(3, 2, 1),
      micro: counts(4, 3, 0, 1),
      natural: 1,
      activeMinutes: 200,
      longestSittingMinutes: 50,
      areaSeconds: { ...emptyDay().areaSeconds, neck: 90 },
      checklistScore: 80,
    }),
    [d(-3)]: day({
      stretch: counts(2, 2),
      longestSittingMinutes: 70,
      areaSeconds: { ...emptyDay().areaSeconds, neck: 30, legs: 20 },
    }),
    [d(-7)]: day({ stretch: counts(5, 3), checklistScore: 60 }),
    [d(-13)]: day({ micro: counts(2, 1) }),
    [d(-14)]: day({ stretch: counts(9, 9), checklistScore: 40 }),
  });

  it('gives one point per day of the period, oldest first, empty days as zeros', () => {
    const s = summarize(h, NOW, 7);
    expect(s.from).toBe(d(-6));
    expect(s.to).toBe(d(0));
    expect(s.series.map((p) => p.date)).toEqual([-6, -5, -4, -3, -2, -1, 0].map(d));
    expect(s.series.map((p) => p.recorded)).toEqual([false, false, false, true, false, false, true]);
    expect(s.series.at(-1)).toEqual({
      date: d(0),
      recorded: true,
      prompted: 7,
      offered: 6,
      taken: 5,
      snoozed: 1,
      skipped: 1,
      stretchTaken: 2,
      natural: 1,
      activeMinutes: 200,
      longestSittingMinutes: 50,
    });
    expect(s.series[3]).toMatchObject({ taken: 2, skipped: 0, longestSittingMinutes: 70 });
  });

  it('totals the period and the one before it', () => {
    const s = summarize(h, NOW, 7);
    expect(s.totals).toMatchObject({
      breaks: counts(9, 7, 1, 1),
      offered: 8,
      natural: 1,
      activeMinutes: 200,
      longestSittingMinutes: 70,
      daysRecorded: 2,
    });
    expect(s.previous).toMatchObject({ breaks: counts(7, 4), offered: 7, daysRecorded: 2 });
    expect(s.areaMinutes).toMatchObject({ neck: 2, legs: 0.3, eyes: 0 });
    expect(s.checklist).toEqual({ before: 60, latest: 80 });
  });

  it('covers 30 and 90 days the same way', () => {
    const s30 = summarize(h, NOW, 30);
    expect(s30.series).toHaveLength(30);
    expect(s30.totals.breaks.taken).toBe(7 + 3 + 1 + 9);
    expect(s30.previous.daysRecorded).toBe(0);
    expect(s30.checklist).toEqual({ before: null, latest: 80 });
    expect(summarize(h, NOW, 90).series).toHaveLength(90);
  });

  it('adds up its series to its totals, for any history', () => {
    fc.assert(
      fc.property(history, fc.constantFrom(7 as const, 30 as const, 90 as const), (any, days) => {
        const s = summarize(any, new Date(2026, 0, 10, 12).getTime(), days);
        const sum = (f: (p: (typeof s.series)[number]) => number) => s.series.reduce((a, p) => a + f(p), 0);
        expect(sum((p) => p.taken)).toBe(s.totals.breaks.taken);
        expect(sum((p) => p.offered)).toBe(s.totals.offered);
        expect(sum((p) => (p.recorded ? 1 : 0))).toBe(s.totals.daysRecorded);
        expect(Math.max(0, ...s.series.map((p) => p.longestSittingMinutes))).toBe(s.totals.longestSittingMinutes);
      }),
      { numRuns: 100 },
    );
  });
});

/** The summary as the History tab shows it: its sentences, one after another. */
const summaryText = (s: HistorySummary) => summaryMessages(s).map(say).join(' ');

describe('summaryMessages', () => {
  const week = (taken: number, offered: number, before?: number) =>
    withDays({
      [d(0)]: day({ stretch: counts(offered, taken), longestSittingMinutes: 55 }),
      ...(before === undefined ? {} : { [d(-8)]: day({ stretch: counts(before, before) }) }),
    });

  it('says how many breaks were taken and how that compares with the period before', () => {
    expect(summaryText(summarize(week(31, 38, 24), NOW, 7))).toBe(
      'You took 31 of 38 breaks this week, up from 24 the week before. ' +
        'Your longest time sitting without a break was 55 minutes.',
    );
    expect(summaryText(summarize(week(10, 12, 14), NOW, 7))).toMatch(
      /^You took 10 of 12 breaks this week, down from 14 the week before\./,
    );
    expect(summaryText(summarize(week(9, 9, 9), NOW, 7))).toMatch(
      /^You took 9 of 9 breaks this week, as many as the week before\./,
    );
    expect(summaryText(summarize(week(1, 1), NOW, 30))).toMatch(/^You took 1 of 1 break in the last 30 days\./);
  });

  it('mentions natural breaks and has a sentence for an empty period', () => {
    const natural = withDays({ [d(-1)]: day({ natural: 3 }) });
    expect(summaryText(summarize(natural, NOW, 7))).toBe(
      'No breaks were offered this week. You stepped away on your own 3 times.',
    );
    expect(summaryText(summarize(emptyHistory(), NOW, 90))).toBe('Nothing recorded in the last 90 days yet.');
  });

  it('compares longer periods with the same number of days before them', () => {
    const month = withDays({ [d(0)]: day({ stretch: counts(12, 10) }), [d(-40)]: day({ stretch: counts(8, 8) }) });
    expect(summaryText(summarize(month, NOW, 30))).toBe(
      'You took 10 of 12 breaks in the last 30 days, up from 8 the 30 days before.',
    );
  });

  it('reads in the browser language', () => {
    useLanguage('de');
    resetLanguageForTests();
    const natural = withDays({ [d(0)]: day({ stretch: counts(1, 1), natural: 2, longestSittingMinutes: 1 }) });
    expect(summaryText(summarize(natural, NOW, 7))).toBe(
      'Du hast diese Woche 1 von 1 Pause gemacht. Außerdem bist du 2-mal von selbst aufgestanden. ' +
        'Am längsten hast du 1 Minute ohne Pause gesessen.',
    );
  });
});

describe('streak', () => {
  const taken = (n: number) => day({ stretch: counts(n, n) });
  const goal = { stretchBreaks: 3 };

  it('counts the days in a row meeting the goal, up to today', () => {
    const h = withDays({
      [d(0)]: taken(3),
      [d(-1)]: taken(4),
      [d(-2)]: taken(3),
      [d(-3)]: taken(2),
      [d(-4)]: taken(5),
    });
    expect(streak(h, NOW, goal)).toBe(3);
  });

  it("ends yesterday while today's goal is not met yet", () => {
    const h = withDays({ [d(0)]: taken(1), [d(-1)]: taken(3), [d(-2)]: taken(3) });
    expect(streak(h, NOW, goal)).toBe(2);
    expect(streak(withDays({ [d(0)]: taken(1), [d(-2)]: taken(3) }), NOW, goal)).toBe(0);
  });

  it('is broken by a day with no record, and needs at least one break a day', () => {
    const h = withDays({ [d(0)]: taken(3), [d(-2)]: taken(3) });
    expect(streak(h, NOW, goal)).toBe(1);
    expect(streak(emptyHistory(), NOW, { stretchBreaks: 0 })).toBe(0);
    expect(streak(withDays({ [d(0)]: taken(1), [d(-1)]: day({ natural: 1 }) }), NOW, { stretchBreaks: 0 })).toBe(1);
  });

  it('runs across a daylight-saving change', () => {
    const now = new Date(2026, 9, 26, 9).getTime(); // the Monday after clocks went back
    const h = withDays(Object.fromEntries([0, -1, -2, -3].map((i) => [shiftDay(now, i), taken(3)])));
    expect(streak(h, now, goal)).toBe(4);
  });
});
