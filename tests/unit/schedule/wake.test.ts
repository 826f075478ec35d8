import { describe, expect, it } from 'vitest';
import { initialState } from '../../../src/core/schedule/initial-state';
import type { EngineState } from '../../../src/core/schedule/types';
import { planWake } from '../../../src/core/schedule/wake';
import { HOUR, MINUTE, SECOND, settingsWith, T0 } from './drive';

describe('planWake', () => {
  const settings = settingsWith({});

  it('is the next break while sitting', () => {
    expect(planWake(initialState(T0), T0, settings)).toBe(T0 + 20 * MINUTE);
  });

  it('is never in the past, even for a state that was not advanced to now', () => {
    const overdue = initialState(T0 - 2 * HOUR);
    expect(planWake(overdue, T0, settings)).toBe(T0 + SECOND);
    const lapsed: EngineState = { ...initialState(T0), stage: { name: 'prompted', kind: 'micro', at: T0 - HOUR } };
    expect(planWake(lapsed, T0, settings)).toBe(T0 + SECOND);
  });

  it('is null while the person is away, and when nothing is switched on', () => {
    expect(planWake({ ...initialState(T0), awaySince: T0 }, T0, settings)).toBeNull();
    const off = settingsWith({
      microBreak: { enabled: false },
      stretchBreak: { enabled: false },
      postureCheck: { enabled: false },
    });
    expect(planWake(initialState(T0), T0, off)).toBeNull();
  });

  it('is the end of a pause, of a guided break plus its grace, or the next work start', () => {
    const frozen = { sittingMs: 0, elapsed: { stretch: 0, micro: 0 } };
    const paused: EngineState = { ...initialState(T0), stage: { name: 'paused', since: T0, until: T0 + HOUR, frozen } };
    expect(planWake(paused, T0, settings)).toBe(T0 + HOUR);
    expect(
      planWake({ ...paused, stage: { ...paused.stage, until: null } as EngineState['stage'] }, T0, settings),
    ).toBeNull();
    const taking: EngineState = {
      ...initialState(T0),
      stage: { name: 'taking', kind: 'micro', startedAt: T0, endsAt: T0 + 20 * SECOND },
    };
    expect(planWake(taking, T0, settings)).toBe(T0 + 20 * SECOND + 2 * MINUTE);
    const office = settingsWith({ workHours: { enabled: true } });
    const evening = new Date(2026, 2, 2, 20, 0).getTime();
    const off: EngineState = { ...initialState(evening), stage: { name: 'off-hours' } };
    expect(planWake(off, evening, office)).toBe(new Date(2026, 2, 3, 9, 0).getTime());
  });

  it('while a micro-break prompt shows, is its lapse or the stretch break, whichever is first', () => {
    const prompted: EngineState = {
      ...initialState(T0),
      stage: { name: 'prompted', kind: 'micro', at: T0 + 20 * MINUTE },
    };
    expect(planWake(prompted, T0 + 20 * MINUTE, settings)).toBe(T0 + 40 * MINUTE);
    const soon = settingsWith({ stretchBreak: { everyMinutes: 30 } });
    expect(planWake(prompted, T0 + 20 * MINUTE, soon)).toBe(T0 + 30 * MINUTE);
  });
});
