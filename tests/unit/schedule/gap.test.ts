import { describe, expect, it } from 'vitest';
import { nextBreak } from '../../../src/core/schedule/timers';
import { HOUR, MINUTE, SECOND, Sim, settingsWith, T0 } from './drive';

describe('a gap after wakeAt (sleep, closed browser)', () => {
  it('of 3 hours is one natural break: one record, no prompt then, the next prompt 20 minutes later', () => {
    const sim = new Sim();
    const wake = T0 + 3 * HOUR;
    const step = sim.sleepUntil(wake);
    expect(step.effects).toEqual([{ type: 'record', record: { what: 'natural', kind: null, at: wake } }]);
    expect(step.after.sittingSince).toBe(wake);
    sim.advanceTo(wake + HOUR);
    expect(sim.prompts()[0]).toEqual({ at: wake + 20 * MINUTE, kind: 'micro', snoozesLeft: 2 });
    expect(sim.records('natural')).toHaveLength(1);
  });

  it('is noticed whatever event comes first', () => {
    for (const event of [
      { type: 'start' } as const,
      { type: 'idle', state: 'active' } as const,
      { type: 'settings-changed' } as const,
      { type: 'action', action: { type: 'resume' } } as const,
    ]) {
      const sim = new Sim();
      const step = sim.sleepUntil(T0 + 2 * HOUR, event);
      expect(step.effects).toEqual([{ type: 'record', record: { what: 'natural', kind: null, at: T0 + 2 * HOUR } }]);
    }
  });

  it('of up to idleResetMinutes is only a late alarm: the break is prompted then', () => {
    const sim = new Sim();
    const step = sim.sleepUntil(T0 + 25 * MINUTE); // wakeAt was T0 + 20 min
    expect(step.effects.map((e) => e.type)).toEqual(['prompt', 'record']);
    expect(sim.records('natural')).toEqual([]);
  });

  it('counts from just over max(idleResetMinutes, 2 minutes)', () => {
    const a = new Sim();
    expect(a.sleepUntil(T0 + 25 * MINUTE + 1).effects).toEqual([
      { type: 'record', record: { what: 'natural', kind: null, at: T0 + 25 * MINUTE + 1 } },
    ]);
    const short = settingsWith({ idleResetMinutes: 1 });
    const b = new Sim(T0, short);
    expect(b.sleepUntil(T0 + 22 * MINUTE).effects.map((e) => e.type)).toEqual(['prompt', 'record']);
    const c = new Sim(T0, short);
    expect(c.sleepUntil(T0 + 22 * MINUTE + 1).effects.map((e) => e.type)).toEqual(['record']);
  });

  it('withdraws a prompt that was showing, without prompting again', () => {
    const sim = new Sim();
    sim.advanceTo(T0 + 20 * MINUTE);
    const step = sim.sleepUntil(T0 + 5 * HOUR);
    expect(step.effects).toEqual([
      { type: 'clear-prompt' },
      { type: 'sat', minutes: 20, at: T0 + 20 * MINUTE }, // last seen when the prompt came
      { type: 'record', record: { what: 'natural', kind: null, at: T0 + 5 * HOUR } },
    ]);
  });

  it('ends a guided break that was running: taken at its end, then a natural break', () => {
    const sim = new Sim();
    sim.act({ type: 'start', kind: 'stretch' }, T0 + 10 * MINUTE);
    const step = sim.sleepUntil(T0 + 2 * HOUR);
    expect(step.effects).toEqual([
      { type: 'record', record: { what: 'taken', kind: 'stretch', at: T0 + 15 * MINUTE } },
      { type: 'sat', minutes: 10, at: T0 + 10 * MINUTE }, // sitting ended when the break began
      { type: 'record', record: { what: 'natural', kind: null, at: T0 + 2 * HOUR } },
    ]);
    expect(step.after.stage).toEqual({ name: 'sitting' });
  });

  it('during a timed pause resumes fresh when the pause is over', () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: '30m' }, T0 + 15 * MINUTE);
    const step = sim.sleepUntil(T0 + 3 * HOUR);
    expect(step.effects).toEqual([{ type: 'record', record: { what: 'natural', kind: null, at: T0 + 3 * HOUR } }]);
    expect(step.after.stage).toEqual({ name: 'sitting' });
    expect(step.after.wakeAt).toBe(T0 + 3 * HOUR + 20 * MINUTE);
  });

  it('during a timed pause that is still running keeps it paused, with nothing elapsed', () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: '2h' }, T0 + 15 * MINUTE);
    sim.act({ type: 'pause', for: '30m' }, T0 + 16 * MINUTE); // wakeAt = 16 + 30
    const step = sim.sleepUntil(T0 + 56 * MINUTE);
    expect(step.effects.map((e) => e.type)).toEqual(['record']);
    expect(step.after.stage.name).toBe('sitting'); // the 30-minute pause ended at 46
    expect(nextBreak(step.after, sim.settings)?.at).toBe(T0 + 76 * MINUTE);
  });

  it('is one natural break when the person was already away (paused, locked, asleep, back)', () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: '1h' }, T0 + 10 * MINUTE);
    sim.idle('locked', T0 + 11 * MINUTE);
    const back = sim.sleepUntil(T0 + 14 * HOUR, { type: 'idle', state: 'active' });
    expect(back.effects.filter((e) => e.type === 'record')).toHaveLength(1);
    expect(back.after.awaySince).toBeNull();
    expect(sim.prompts()).toEqual([]);
    sim.advanceTo(T0 + 15 * HOUR);
    expect(sim.records('natural')).toHaveLength(1);
  });

  it('is one natural break when the missed alarm wakes the worker before the person is back', () => {
    const sim = new Sim();
    sim.act({ type: 'start', kind: 'micro' }, T0 + 10 * MINUTE);
    sim.idle('locked', T0 + 10 * MINUTE + 10 * SECOND);
    sim.sleepUntil(T0 + 14 * HOUR);
    sim.idle('active', T0 + 14 * HOUR + MINUTE);
    expect(sim.records('natural')).toHaveLength(1);
    expect(sim.records('taken')).toHaveLength(1);
    expect(sim.prompts()).toEqual([]);
  });

  it('is not noticed without a planned wake (an open-ended pause)', () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: 'resumed' }, T0 + 10 * MINUTE);
    const step = sim.sleepUntil(T0 + 5 * HOUR, { type: 'start' });
    expect(step.effects).toEqual([]);
    expect(step.after.stage.name).toBe('paused');
  });

  it('records nothing outside work hours, and starts the day fresh', () => {
    const evening = new Date(2026, 2, 2, 19, 0).getTime();
    const sim = new Sim(evening, settingsWith({ workHours: { enabled: true } }));
    const tuesday10 = new Date(2026, 2, 3, 10, 0).getTime();
    const step = sim.sleepUntil(tuesday10, { type: 'start' });
    expect(step.effects).toEqual([]);
    expect(step.after.stage).toEqual({ name: 'sitting' });
    expect(step.after.sittingSince).toBe(tuesday10);
  });
});

describe('a clock set backwards', () => {
  it('shifts every instant: the time left to the next break stays as it was', () => {
    const sim = new Sim();
    sim.advanceTo(T0 + 12 * MINUTE);
    sim.act({ type: 'skip' }); // nothing to skip; just a step at 12 min
    const back = T0 + 12 * MINUTE - HOUR;
    const step = sim.dispatch({ type: 'alarm' }, back);
    expect(step.effects).toEqual([]);
    expect(step.after.lastEventAt).toBe(back);
    expect(step.after.sittingSince).toBe(back - 12 * MINUTE);
    expect(step.after.timers.micro.anchor).toBe(back - 12 * MINUTE);
    expect(step.after.wakeAt).toBe(back + 8 * MINUTE);
    sim.advanceTo(back + HOUR);
    expect(sim.prompts()[0]).toMatchObject({ at: back + 8 * MINUTE, kind: 'micro' });
    expect(sim.records('natural')).toEqual([]);
  });

  it('keeps a snooze, a guided break and a pause as long as they were', () => {
    const snoozed = new Sim();
    snoozed.advanceTo(T0 + 20 * MINUTE);
    snoozed.act({ type: 'snooze' }, T0 + 21 * MINUTE);
    const s = snoozed.dispatch({ type: 'start' }, T0 - 10 * MINUTE);
    expect(s.after.timers.micro.snoozedUntil).toBe(T0 - 10 * MINUTE + 5 * MINUTE);
    expect(s.after.wakeAt).toBe(T0 - 5 * MINUTE);

    const taking = new Sim();
    taking.act({ type: 'start', kind: 'stretch' }, T0 + MINUTE);
    const t = taking.dispatch({ type: 'start' }, T0 - HOUR + MINUTE);
    expect(t.after.stage).toMatchObject({
      name: 'taking',
      startedAt: T0 - HOUR + MINUTE,
      endsAt: T0 - HOUR + 6 * MINUTE,
    });

    const paused = new Sim();
    paused.act({ type: 'pause', for: '30m' }, T0 + MINUTE);
    const p = paused.dispatch({ type: 'start' }, T0 - 30 * MINUTE + MINUTE);
    expect(p.after.stage).toMatchObject({ name: 'paused', since: T0 - 29 * MINUTE, until: T0 + MINUTE });
    expect(p.after.wakeAt).toBe(T0 + MINUTE);
  });

  it('keeps a prompt showing for as long as it had left at the last event', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { enabled: false } }));
    sim.advanceTo(T0 + 20 * MINUTE);
    sim.idle('active', T0 + 25 * MINUTE); // the last event before the clock is set back
    const now = T0 + 25 * MINUTE - 2 * HOUR;
    const step = sim.dispatch({ type: 'start' }, now);
    expect(step.after.stage).toEqual({ name: 'prompted', kind: 'micro', at: now - 5 * MINUTE });
    expect(step.after.wakeAt).toBe(now + 15 * MINUTE);
    expect(step.effects).toEqual([]);
  });

  it('keeps an absence running', () => {
    const sim = new Sim();
    sim.idle('locked', T0 + 10 * MINUTE);
    sim.dispatch({ type: 'idle', state: 'active' }, T0 + 12 * MINUTE - HOUR);
    expect(sim.records('natural')).toEqual([]);
  });

  it('never plans a wake in the past', () => {
    const sim = new Sim();
    sim.advanceTo(T0 + 20 * MINUTE);
    for (const back of [SECOND, MINUTE, 30 * MINUTE, HOUR]) {
      const now = sim.now - back;
      const step = sim.dispatch({ type: 'alarm' }, now);
      expect(step.after.wakeAt === null || step.after.wakeAt >= now).toBe(true);
    }
  });
});
