import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../src/core/schedule/initial-state';
import {
  dueAt,
  durationMs,
  freshTimer,
  intervalMs,
  MERGE_WINDOW_MS,
  nextBreak,
  resetAfter,
  resetAll,
} from '../../../src/core/schedule/timers';
import type { EngineState } from '../../../src/core/schedule/types';
import { MINUTE, SECOND, settingsWith, T0 } from './drive';

const withAnchors = (stretch: number, micro: number): EngineState => {
  const s = initialState(T0);
  return { ...s, timers: { stretch: freshTimer(stretch), micro: freshTimer(micro) } };
};

describe('timers', () => {
  it('read intervals and durations from the settings', () => {
    const s = settingsWith({
      stretchBreak: { everyMinutes: 45, durationMinutes: 7 },
      microBreak: { everyMinutes: 15, durationSeconds: 30 },
    });
    expect(intervalMs('stretch', s)).toBe(45 * MINUTE);
    expect(intervalMs('micro', s)).toBe(15 * MINUTE);
    expect(durationMs('stretch', s)).toBe(7 * MINUTE);
    expect(durationMs('micro', s)).toBe(30 * SECOND);
  });

  it('a break falls due one interval after its anchor, or when its snooze ends', () => {
    const s = settingsWith({});
    expect(dueAt(freshTimer(T0), 'stretch', s)).toBe(T0 + 50 * MINUTE);
    expect(dueAt({ anchor: T0, snoozedUntil: T0 + 3, snoozes: 1 }, 'stretch', s)).toBe(T0 + 3);
  });

  it('a fresh state is a sitting period starting now, with nothing planned', () => {
    expect(initialState(T0)).toEqual({
      version: 1,
      stage: { name: 'sitting' },
      sittingSince: T0,
      timers: { stretch: freshTimer(T0), micro: freshTimer(T0) },
      checkSince: T0,
      posture: { phase: 'sit', since: T0 },
      awaySince: null,
      wakeAt: null,
      lastEventAt: T0,
    });
  });

  describe('nextBreak', () => {
    const s = settingsWith({});
    it('is the micro-break when it comes more than 5 minutes before the stretch break', () => {
      expect(nextBreak(withAnchors(T0, T0), s)).toEqual({ kind: 'micro', at: T0 + 20 * MINUTE });
    });

    it('is the stretch break when the micro-break falls within 5 minutes before it, or after it', () => {
      expect(nextBreak(withAnchors(T0, T0 + 25 * MINUTE), s)).toEqual({ kind: 'stretch', at: T0 + 50 * MINUTE });
      expect(nextBreak(withAnchors(T0, T0 + 25 * MINUTE - 1), s)).toEqual({
        kind: 'micro',
        at: T0 + 45 * MINUTE - 1,
      });
      expect(nextBreak(withAnchors(T0, T0 + 40 * MINUTE), s)?.kind).toBe('stretch');
    });

    it('skips a kind that is off, and is null with both off', () => {
      const noStretch = settingsWith({ stretchBreak: { enabled: false } });
      expect(nextBreak(withAnchors(T0, T0 + 40 * MINUTE), noStretch)).toEqual({
        kind: 'micro',
        at: T0 + 60 * MINUTE,
      });
      const noMicro = settingsWith({ microBreak: { enabled: false } });
      expect(nextBreak(withAnchors(T0, T0), noMicro)).toEqual({ kind: 'stretch', at: T0 + 50 * MINUTE });
      const none = settingsWith({ microBreak: { enabled: false }, stretchBreak: { enabled: false } });
      expect(nextBreak(withAnchors(T0, T0), none)).toBeNull();
    });

    it('is the earliest due break except for micro-breaks merged into the stretch break', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 240 }),
          fc.integer({ min: 1, max: 240 }),
          fc.integer({ min: -240 * MINUTE, max: 240 * MINUTE }),
          (stretchEvery, microEvery, offset) => {
            const settings = settingsWith({
              stretchBreak: { everyMinutes: stretchEvery },
              microBreak: { everyMinutes: microEvery },
            });
            const next = nextBreak(withAnchors(T0, T0 + offset), settings);
            const stretchAt = T0 + stretchEvery * MINUTE;
            const microAt = T0 + offset + microEvery * MINUTE;
            if (microAt < stretchAt - MERGE_WINDOW_MS) expect(next).toEqual({ kind: 'micro', at: microAt });
            else expect(next).toEqual({ kind: 'stretch', at: stretchAt });
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('resets', () => {
    const state: EngineState = {
      ...initialState(T0),
      timers: {
        stretch: { anchor: T0, snoozedUntil: T0 + 60 * MINUTE, snoozes: 2 },
        micro: { anchor: T0 + MINUTE, snoozedUntil: T0 + 30 * MINUTE, snoozes: 1 },
      },
    };
    const now = T0 + 70 * MINUTE;

    it('after a micro-break restart only its interval and clear its snoozes', () => {
      const after = resetAfter('micro', state, now);
      expect(after.timers).toEqual({ stretch: state.timers.stretch, micro: freshTimer(now) });
      expect(after.sittingSince).toBe(T0);
    });

    it('after a stretch break restart both intervals (the micro-break is rested too)', () => {
      const after = resetAfter('stretch', state, now);
      expect(after.timers).toEqual({ stretch: freshTimer(now), micro: freshTimer(now) });
      expect(after.sittingSince).toBe(T0);
    });

    it('after a natural break restart everything including the sitting period', () => {
      expect(resetAll(state, now)).toMatchObject({
        sittingSince: now,
        timers: { stretch: freshTimer(now), micro: freshTimer(now) },
      });
    });

    it('leave the state they were given alone', () => {
      const copy = structuredClone(state);
      resetAfter('stretch', state, now);
      resetAll(state, now);
      expect(state).toEqual(copy);
    });
  });
});
