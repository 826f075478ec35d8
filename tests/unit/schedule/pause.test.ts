import { describe, expect, it } from 'vitest';
import { pauseUntil } from '../../../src/core/schedule/pause';
import { nextBreak } from '../../../src/core/schedule/timers';
import type { EngineState, PauseChoice } from '../../../src/core/schedule/types';
import { atLocalTime } from '../../../src/core/time/local-time';
import { HOUR, MINUTE, SECOND, Sim, settingsWith, T0 } from './drive';

const remaining = (sim: Sim, state: EngineState = sim.state) => {
  const next = nextBreak(state, sim.settings);
  return next && { kind: next.kind, ms: next.at - sim.now };
};
const workHours = settingsWith({ workHours: { enabled: true } }); // mon–fri 09:00–17:30

describe('pause', () => {
  it.each([
    ['30m', 30 * MINUTE],
    ['1h', HOUR],
    ['2h', 2 * HOUR],
  ] as const)('for %s prompts nothing meanwhile and resumes with the same time left', (choice, length) => {
    const sim = new Sim();
    const pausedAt = T0 + 12 * MINUTE;
    sim.advanceTo(pausedAt);
    const left = remaining(sim);
    expect(left).toEqual({ kind: 'micro', ms: 8 * MINUTE });
    const step = sim.act({ type: 'pause', for: choice }, pausedAt);
    expect(step.effects).toEqual([]);
    expect(step.after.stage).toMatchObject({ name: 'paused', since: pausedAt, until: pausedAt + length });
    expect(step.after.wakeAt).toBe(pausedAt + length);
    const mark = sim.mark;
    sim.advanceTo(pausedAt + length - 1);
    expect(sim.prompts(mark)).toEqual([]);
    expect(sim.steps.length).toBe(mark); // nothing woke the worker during the pause
    sim.advanceTo(pausedAt + length);
    expect(sim.state.stage).toEqual({ name: 'sitting' });
    expect(remaining(sim)).toEqual(left);
    expect(sim.state.sittingSince).toBe(pausedAt + length - 12 * MINUTE);
    sim.advanceTo(pausedAt + length + 8 * MINUTE);
    expect(sim.prompts(mark)).toEqual([{ at: pausedAt + length + 8 * MINUTE, kind: 'micro', snoozesLeft: 2 }]);
  });

  it("'resumed' waits for the person, however long, and keeps the time left", () => {
    const sim = new Sim();
    sim.advanceTo(T0 + 45 * MINUTE);
    sim.act({ type: 'skip' }); // prompted micro at 40, skipped at 45
    const left = remaining(sim);
    const step = sim.act({ type: 'pause', for: 'resumed' });
    expect(step.after.stage).toMatchObject({ name: 'paused', until: null });
    expect(step.after.wakeAt).toBeNull();
    const mark = sim.mark;
    sim.advanceTo(T0 + 8 * HOUR);
    expect(sim.steps.length).toBe(mark);
    const resume = sim.act({ type: 'resume' }, T0 + 8 * HOUR);
    expect(resume.effects).toEqual([]);
    expect(resume.after.stage).toEqual({ name: 'sitting' });
    expect(remaining(sim)).toEqual(left);
  });

  it('freezes each kind separately', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { everyMinutes: 60 } }));
    sim.advanceTo(T0 + 20 * MINUTE);
    sim.act({ type: 'skip' }, T0 + 21 * MINUTE); // micro due again at 41; stretch at 60
    sim.act({ type: 'pause', for: '1h' }, T0 + 30 * MINUTE);
    sim.advanceTo(T0 + 90 * MINUTE);
    expect(sim.state.timers.micro.anchor).toBe(T0 + 90 * MINUTE - 9 * MINUTE);
    expect(sim.state.timers.stretch.anchor).toBe(T0 + 90 * MINUTE - 30 * MINUTE);
  });

  it('can be ended early by resume', () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: '2h' }, T0 + 5 * MINUTE);
    sim.act({ type: 'resume' }, T0 + 25 * MINUTE);
    expect(sim.state.stage).toEqual({ name: 'sitting' });
    expect(sim.state.wakeAt).toBe(T0 + 40 * MINUTE);
  });

  it('withdraws a prompt that was showing, which comes back once on resume', () => {
    const sim = new Sim();
    sim.advanceTo(T0 + 20 * MINUTE);
    const step = sim.act({ type: 'pause', for: '30m' }, T0 + 21 * MINUTE);
    expect(step.effects).toEqual([{ type: 'clear-prompt' }]);
    // Elapsed time is frozen at most one interval: the due break is due at once on resume, no more.
    expect(step.after.stage).toMatchObject({ frozen: { elapsed: { micro: 20 * MINUTE, stretch: 21 * MINUTE } } });
    const mark = sim.mark;
    sim.advanceTo(T0 + 51 * MINUTE);
    expect(sim.prompts(mark)).toEqual([{ at: T0 + 51 * MINUTE, kind: 'micro', snoozesLeft: 2 }]);
    sim.advanceTo(T0 + 60 * MINUTE);
    expect(sim.prompts(mark)).toHaveLength(1);
  });

  it('keeps the time left on a snoozed break', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { enabled: false } }));
    sim.advanceTo(T0 + 20 * MINUTE);
    sim.act({ type: 'snooze' }); // due again at 25
    sim.act({ type: 'pause', for: '30m' }, T0 + 22 * MINUTE);
    const mark = sim.mark;
    sim.advanceTo(T0 + 52 * MINUTE);
    expect(sim.state.stage).toEqual({ name: 'sitting' });
    expect(remaining(sim)).toEqual({ kind: 'micro', ms: 3 * MINUTE });
    sim.advanceTo(T0 + 60 * MINUTE);
    expect(sim.prompts(mark).map((p) => p.at)).toEqual([T0 + 55 * MINUTE]);
  });

  it('is refused during a guided break', () => {
    const sim = new Sim();
    sim.act({ type: 'start' }, T0 + MINUTE);
    const step = sim.act({ type: 'pause', for: '1h' }, T0 + 2 * MINUTE);
    expect(step.effects).toEqual([]);
    expect(step.after.stage.name).toBe('taking');
  });

  it('chosen again while paused changes only when it ends', () => {
    const sim = new Sim();
    const first = sim.act({ type: 'pause', for: '30m' }, T0 + 10 * MINUTE).after.stage;
    const second = sim.act({ type: 'pause', for: '2h' }, T0 + 20 * MINUTE).after.stage;
    expect(first.name === 'paused' && second.name === 'paused').toBe(true);
    if (first.name !== 'paused' || second.name !== 'paused') return;
    expect(second).toEqual({ ...first, until: T0 + 20 * MINUTE + 2 * HOUR });
  });

  it('ends when a break is started from it, with the timers carried on', () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: 'resumed' }, T0 + 10 * MINUTE);
    const step = sim.act({ type: 'start', kind: 'micro' }, T0 + HOUR);
    expect(step.effects).toEqual([{ type: 'show-break', kind: 'micro' }]);
    expect(step.after.stage).toMatchObject({ name: 'taking', kind: 'micro' });
    expect(step.after.timers.stretch.anchor).toBe(T0 + HOUR - 10 * MINUTE);
  });

  it('resume is ignored when not paused', () => {
    const sim = new Sim();
    const step = sim.act({ type: 'resume' }, T0 + 5 * MINUTE);
    expect(step.effects).toEqual([]);
    expect(step.after.timers).toEqual(sim.steps[0]?.after.timers);
  });

  it('a natural break during a pause makes it resume with a fresh sitting period', () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: '1h' }, T0 + 30 * MINUTE);
    sim.idle('locked', T0 + 35 * MINUTE);
    const back = sim.idle('active', T0 + 50 * MINUTE);
    expect(back.effects).toEqual([{ type: 'record', record: { what: 'natural', kind: null, at: T0 + 50 * MINUTE } }]);
    expect(back.after.stage.name).toBe('paused');
    sim.advanceTo(T0 + 90 * MINUTE);
    expect(sim.state.sittingSince).toBe(T0 + 90 * MINUTE);
    expect(sim.state.wakeAt).toBe(T0 + 110 * MINUTE);
  });
});

describe("pause until 'tomorrow'", () => {
  it('ends at the coming local midnight without work hours', () => {
    const sim = new Sim();
    const step = sim.act({ type: 'pause', for: 'tomorrow' }, T0 + 10 * MINUTE);
    const midnight = new Date(2026, 2, 3, 0, 0).getTime();
    expect(step.after.stage).toMatchObject({ name: 'paused', until: midnight });
    expect(step.after.wakeAt).toBe(midnight);
    sim.advanceTo(midnight + 10 * MINUTE - SECOND);
    expect(sim.prompts()).toEqual([]);
    sim.advanceTo(midnight + 10 * MINUTE);
    expect(sim.prompts()).toEqual([{ at: midnight + 10 * MINUTE, kind: 'micro', snoozesLeft: 2 }]);
  });

  it('ends at the next working day’s start with work hours on', () => {
    const friday = new Date(2026, 2, 6, 15, 0).getTime();
    const monday9 = new Date(2026, 2, 9, 9, 0).getTime();
    expect(pauseUntil('tomorrow', friday, workHours)).toBe(monday9);
    const tuesday9 = new Date(2026, 2, 3, 9, 0).getTime();
    expect(pauseUntil('tomorrow', new Date(2026, 2, 2, 7, 0).getTime(), workHours)).toBe(tuesday9);
    expect(pauseUntil('tomorrow', new Date(2026, 2, 2, 23, 59).getTime(), workHours)).toBe(tuesday9);
  });

  it('crosses the spring DST change to 09:00 local time', () => {
    const friday = new Date(2026, 2, 27, 15, 0).getTime();
    expect(new Date(pauseUntil('tomorrow', friday, workHours) as number).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    const saturday = new Date(2026, 2, 28, 15, 0).getTime();
    expect(new Date(pauseUntil('tomorrow', saturday, settingsWith({})) as number).toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
  });

  it('crosses the autumn DST change to 09:00 local time', () => {
    const friday = new Date(2026, 9, 23, 15, 0).getTime();
    expect(new Date(pauseUntil('tomorrow', friday, workHours) as number).toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('falls back to midnight when work hours have no days (unvalidated settings)', () => {
    const s = settingsWith({ workHours: { enabled: true, days: [] } });
    expect(pauseUntil('tomorrow', T0, s)).toBe(atLocalTime(T0, '00:00', 1));
  });

  it('starts the next working day with a fresh sitting period, like any other day', () => {
    const friday3pm = new Date(2026, 2, 6, 15, 0).getTime();
    const monday9 = new Date(2026, 2, 9, 9, 0).getTime();
    const sim = new Sim(new Date(2026, 2, 6, 14, 20).getTime(), workHours);
    sim.advanceTo(friday3pm); // 40 minutes sat: the micro-break at 14:40 lapses at 15:00
    sim.act({ type: 'pause', for: 'tomorrow' }, friday3pm);
    expect(sim.state.wakeAt).toBe(monday9);
    const mark = sim.mark;
    sim.advanceTo(monday9);
    expect(sim.steps.length).toBe(mark + 1);
    expect(sim.state.stage).toEqual({ name: 'sitting' });
    expect(sim.state.sittingSince).toBe(monday9);
    expect(sim.state.wakeAt).toBe(monday9 + 20 * MINUTE);
    sim.advanceTo(monday9 + HOUR);
    expect(sim.prompts(mark).map((p) => [(p.at - monday9) / MINUTE, p.kind])).toEqual([
      [20, 'micro'],
      [50, 'stretch'],
    ]);
  });
});

describe('pauseUntil', () => {
  it.each([
    ['30m', 30 * MINUTE],
    ['1h', HOUR],
    ['2h', 2 * HOUR],
  ] as const)('%s is that long from now', (choice, ms) => {
    expect(pauseUntil(choice as PauseChoice, T0, settingsWith({}))).toBe(T0 + ms);
  });

  it("'resumed' has no end", () => {
    expect(pauseUntil('resumed', T0, settingsWith({}))).toBeNull();
  });
});
