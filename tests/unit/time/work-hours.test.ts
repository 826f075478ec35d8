import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings, WEEKDAYS } from '../../../src/core/settings/defaults';
import { localMinutes, MINUTE, weekday } from '../../../src/core/time/local-time';
import { isWorkTime, nextWorkStart, workEnd } from '../../../src/core/time/work-hours';

const utc = (iso: string) => Date.parse(iso);
const hours = (patch: Partial<Settings['workHours']> = {}): Settings['workHours'] => ({
  ...defaultSettings().workHours,
  enabled: true,
  ...patch,
});

describe('isWorkTime', () => {
  it('is always true when work hours are off', () => {
    expect(isWorkTime(hours({ enabled: false }), utc('2026-03-01T03:00:00Z'))).toBe(true); // Sunday night
  });

  it('holds from the start minute up to, not including, the end minute on chosen days', () => {
    const h = hours(); // mon–fri 09:00–17:30
    expect(isWorkTime(h, utc('2026-03-02T07:59:59Z'))).toBe(false); // Monday 08:59:59
    expect(isWorkTime(h, utc('2026-03-02T08:00:00Z'))).toBe(true); // 09:00
    expect(isWorkTime(h, utc('2026-03-02T16:29:59Z'))).toBe(true); // 17:29:59
    expect(isWorkTime(h, utc('2026-03-02T16:30:00Z'))).toBe(false); // 17:30
    expect(isWorkTime(h, utc('2026-03-07T10:00:00Z'))).toBe(false); // Saturday
  });

  it('is never true with no days chosen', () => {
    expect(isWorkTime(hours({ days: [] }), utc('2026-03-02T10:00:00Z'))).toBe(false);
  });
});

describe('nextWorkStart', () => {
  it('is null when work hours are off or no day is chosen', () => {
    expect(nextWorkStart(hours({ enabled: false }), utc('2026-03-02T10:00:00Z'))).toBeNull();
    expect(nextWorkStart(hours({ days: [] }), utc('2026-03-02T10:00:00Z'))).toBeNull();
  });

  it('finds today’s start before it, tomorrow’s after it, and skips days off', () => {
    const h = hours();
    expect(nextWorkStart(h, utc('2026-03-02T06:00:00Z'))).toBe(utc('2026-03-02T08:00:00Z'));
    expect(nextWorkStart(h, utc('2026-03-02T08:00:00Z'))).toBe(utc('2026-03-03T08:00:00Z')); // strictly after
    expect(nextWorkStart(h, utc('2026-03-06T17:00:00Z'))).toBe(utc('2026-03-09T08:00:00Z')); // Friday → Monday
    expect(nextWorkStart(hours({ days: ['wed'] }), utc('2026-03-04T09:00:00Z'))).toBe(utc('2026-03-11T08:00:00Z'));
  });

  it('keeps 09:00 local across the spring DST change (Friday 27 → Monday 30 March 2026)', () => {
    expect(nextWorkStart(hours(), utc('2026-03-27T17:00:00Z'))).toBe(utc('2026-03-30T07:00:00Z')); // CEST
    expect(nextWorkStart(hours({ days: ['sun'] }), utc('2026-03-28T12:00:00Z'))).toBe(utc('2026-03-29T07:00:00Z'));
  });

  it('keeps 09:00 local across the autumn DST change (Friday 23 → Monday 26 October 2026)', () => {
    expect(nextWorkStart(hours(), utc('2026-10-23T16:00:00Z'))).toBe(utc('2026-10-26T08:00:00Z')); // CET
    expect(nextWorkStart(hours({ days: ['sun'] }), utc('2026-10-24T12:00:00Z'))).toBe(utc('2026-10-25T08:00:00Z'));
  });

  it('is the first instant of work after any moment, for random schedules', () => {
    const schedule = fc
      .record({
        days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
        start: fc.integer({ min: 0, max: 22 * 60 }),
        length: fc.integer({ min: 1, max: 600 }),
      })
      .map(({ days, start, length }) => ({ days, start, end: Math.min(start + length, 23 * 60 + 59) }))
      // Skip start and end times a DST night removes (02:xx in Berlin): found by seed 2052047220,
      // a schedule ending 02:01 on 29 March, whose end is not a time that day has.
      .filter(({ start, end }) => Math.floor(start / 60) !== 2 && Math.floor(end / 60) !== 2)
      .map(({ days, start, end }) => {
        const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        return hours({ days, start: hhmm(start), end: hhmm(end) });
      });
    fc.assert(
      fc.property(
        schedule,
        fc.integer({ min: utc('2026-03-20T00:00:00Z'), max: utc('2026-11-05T00:00:00Z') }),
        (h, now) => {
          const start = nextWorkStart(h, now);
          expect(start).not.toBeNull();
          const s = start as number;
          expect(s).toBeGreaterThan(now);
          expect(isWorkTime(h, s)).toBe(true);
          expect(isWorkTime(h, s - MINUTE)).toBe(false);
          expect(h.days).toContain(weekday(s));
          expect(localMinutes(s)).toBe(Number(h.start.slice(0, 2)) * 60 + Number(h.start.slice(3)));
          // Work ends later the same day.
          expect(workEnd(h, s)).toBeGreaterThan(s);
          expect(isWorkTime(h, workEnd(h, s))).toBe(false);
          expect(isWorkTime(h, workEnd(h, s) - 1)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('workEnd', () => {
  it('is today’s end of work', () => {
    expect(workEnd(hours(), utc('2026-03-02T10:00:00Z'))).toBe(utc('2026-03-02T16:30:00Z'));
    expect(workEnd(hours(), utc('2026-03-30T10:00:00Z'))).toBe(utc('2026-03-30T15:30:00Z')); // CEST
  });
});
