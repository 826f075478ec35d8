import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atLocalTime,
  clockTime,
  dayKey,
  HOUR,
  localMinutes,
  MINUTE,
  minutesOfDay,
  weekday,
} from '../../../src/core/time/local-time';

const utc = (iso: string) => Date.parse(iso);

describe('the test time zone', () => {
  it('is Europe/Berlin, with its daylight-saving changes', () => {
    expect(process.env.TZ).toBe('Europe/Berlin');
    expect(new Date(2026, 0, 15, 12).toISOString()).toBe('2026-01-15T11:00:00.000Z'); // CET, UTC+1
    expect(new Date(2026, 6, 15, 12).toISOString()).toBe('2026-07-15T10:00:00.000Z'); // CEST, UTC+2
  });
});

describe('local-time helpers', () => {
  it('minutesOfDay reads HH:MM', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('09:30')).toBe(570);
    expect(minutesOfDay('23:59')).toBe(1439);
  });

  it('localMinutes and weekday read the local wall clock', () => {
    const t = utc('2026-03-02T07:45:30Z'); // Monday 08:45:30 CET
    expect(localMinutes(t)).toBe(8 * 60 + 45);
    expect(weekday(t)).toBe('mon');
    expect(weekday(utc('2026-03-01T22:59:59Z'))).toBe('sun'); // 23:59:59 local, still Sunday
    expect(weekday(utc('2026-03-01T23:00:00Z'))).toBe('mon');
  });

  it('atLocalTime finds a wall-clock time today or some days on', () => {
    const t = utc('2026-03-02T15:00:00Z');
    expect(atLocalTime(t, '09:00')).toBe(utc('2026-03-02T08:00:00Z'));
    expect(atLocalTime(t, '09:00', 1)).toBe(utc('2026-03-03T08:00:00Z'));
    expect(atLocalTime(t, '00:00', 1)).toBe(utc('2026-03-02T23:00:00Z'));
    expect(atLocalTime(t, '23:59', -1)).toBe(utc('2026-03-01T22:59:00Z'));
  });

  it('atLocalTime keeps the wall-clock time across the spring DST change (2026-03-29)', () => {
    const sat = utc('2026-03-28T12:00:00Z'); // Saturday, CET
    expect(atLocalTime(sat, '09:00', 1)).toBe(utc('2026-03-29T07:00:00Z')); // Sunday 09:00 CEST
    expect(atLocalTime(sat, '00:00', 2) - atLocalTime(sat, '00:00', 1)).toBe(23 * HOUR);
    // 02:30 does not exist that night; Date moves it forward to 03:30 CEST.
    expect(atLocalTime(sat, '02:30', 1)).toBe(utc('2026-03-29T01:30:00Z'));
  });

  it('atLocalTime keeps the wall-clock time across the autumn DST change (2026-10-25)', () => {
    const sat = utc('2026-10-24T12:00:00Z'); // Saturday, CEST
    expect(atLocalTime(sat, '09:00', 1)).toBe(utc('2026-10-25T08:00:00Z')); // Sunday 09:00 CET
    expect(atLocalTime(sat, '00:00', 2) - atLocalTime(sat, '00:00', 1)).toBe(25 * HOUR);
  });

  it('dayKey names the local calendar day, zero-padded', () => {
    expect(dayKey(utc('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(dayKey(utc('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(dayKey(utc('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('clockTime writes 24-hour local time', () => {
    expect(clockTime(utc('2026-03-02T13:05:59Z'))).toBe('14:05');
    expect(clockTime(utc('2026-07-02T22:00:00Z'))).toBe('00:00');
  });

  it('atLocalTime lands on the asked wall-clock time on any day of 2026–2027', () => {
    const hhmm = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .filter(([h]) => h !== 2) // 02:xx is missing or doubled on DST nights
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.integer({ min: utc('2026-01-01T00:00:00Z'), max: utc('2027-12-31T00:00:00Z') }),
        hhmm,
        fc.integer({ min: -3, max: 8 }),
        (now, time, offset) => {
          const at = atLocalTime(now, time, offset);
          expect(clockTime(at)).toBe(time);
          expect(localMinutes(at)).toBe(minutesOfDay(time));
          const days = Math.round((atLocalTime(at, '12:00') - atLocalTime(now, '12:00')) / (24 * HOUR));
          expect(days).toBe(offset);
          expect(at % MINUTE).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
