import { describe, expect, it } from 'vitest';
import { idleDetectionSeconds } from '../../../src/core/schedule/idle';
import { HOUR, MINUTE, SECOND, Sim, settingsWith, T0 } from './drive';

describe('idleDetectionSeconds', () => {
  it('is the idle-reset time, but at least the 15 s Chromium allows', () => {
    expect(idleDetectionSeconds(settingsWith({}))).toBe(300);
    expect(idleDetectionSeconds(settingsWith({ idleResetMinutes: 1 }))).toBe(60);
    expect(idleDetectionSeconds(settingsWith({ idleResetMinutes: 60 }))).toBe(3600);
  });
});

describe('a natural break', () => {
  it("'idle' (reported after the detection interval) then 'active' makes one record and a new sitting period", () => {
    const sim = new Sim();
    const idle = sim.idle('idle', T0 + 15 * MINUTE);
    expect(idle.effects).toEqual([]);
    expect(idle.after.awaySince).toBe(T0 + 10 * MINUTE); // idle since the last input, 5 minutes before
    const back = T0 + 15 * MINUTE + 30 * SECOND;
    const active = sim.idle('active', back);
    expect(active.effects).toEqual([
      { type: 'sat', minutes: 10, at: T0 + 10 * MINUTE }, // sitting ended when the person went idle
      { type: 'record', record: { what: 'natural', kind: null, at: back } },
    ]);
    expect(active.after).toMatchObject({
      stage: { name: 'sitting' },
      sittingSince: back,
      awaySince: null,
      timers: {
        stretch: { anchor: back, snoozedUntil: null, snoozes: 0 },
        micro: { anchor: back, snoozedUntil: null, snoozes: 0 },
      },
      wakeAt: back + 20 * MINUTE,
    });
    expect(sim.records('natural')).toHaveLength(1);
  });

  it("'locked' for less than idleResetMinutes then 'active' resets nothing", () => {
    const sim = new Sim();
    sim.idle('locked', T0 + 10 * MINUTE);
    const before = sim.state;
    const back = sim.idle('active', T0 + 14 * MINUTE + 59 * SECOND);
    expect(back.effects).toEqual([]);
    expect(back.after.timers).toEqual(before.timers);
    expect(back.after.sittingSince).toBe(T0);
    expect(back.after.awaySince).toBeNull();
    expect(back.after.wakeAt).toBe(T0 + 20 * MINUTE);
  });

  it("'locked' for exactly idleResetMinutes counts", () => {
    const sim = new Sim();
    sim.idle('locked', T0 + 10 * MINUTE);
    expect(sim.idle('active', T0 + 15 * MINUTE).effects.map((e) => e.type)).toEqual(['sat', 'record']);
  });

  it('uses the idle-reset setting', () => {
    const sim = new Sim(T0, settingsWith({ idleResetMinutes: 12 }));
    sim.idle('locked', T0 + 2 * MINUTE);
    expect(sim.idle('active', T0 + 13 * MINUTE).effects).toEqual([]);
    sim.idle('locked', T0 + 14 * MINUTE);
    expect(sim.idle('active', T0 + 26 * MINUTE).effects).toEqual([
      { type: 'sat', minutes: 14, at: T0 + 14 * MINUTE },
      { type: 'record', record: { what: 'natural', kind: null, at: T0 + 26 * MINUTE } },
    ]);
  });

  it('counts from the first report when idle turns into locked', () => {
    const sim = new Sim();
    sim.idle('idle', T0 + 10 * MINUTE);
    const locked = sim.idle('locked', T0 + 11 * MINUTE);
    expect(locked.after.awaySince).toBe(T0 + 5 * MINUTE);
  });

  it("'active' while present changes nothing", () => {
    const sim = new Sim();
    const step = sim.idle('active', T0 + 5 * MINUTE);
    expect(step.effects).toEqual([]);
    expect(step.after.timers).toEqual(sim.steps[0]?.after.timers);
  });

  it('no prompt while away: the worker does not wake until the person is back', () => {
    const sim = new Sim();
    const locked = sim.idle('locked', T0 + 10 * MINUTE);
    expect(locked.after.wakeAt).toBeNull();
    const mark = sim.mark;
    sim.advanceTo(T0 + 3 * HOUR);
    expect(sim.steps.length).toBe(mark);
    sim.idle('active', T0 + 3 * HOUR);
    expect(sim.prompts()).toEqual([]);
    expect(sim.records('natural')).toHaveLength(1);
    expect(sim.state.wakeAt).toBe(T0 + 3 * HOUR + 20 * MINUTE);
  });

  it('no prompt while away even when an event wakes the worker', () => {
    const sim = new Sim();
    sim.idle('locked', T0 + 10 * MINUTE);
    const alarm = sim.send({ type: 'alarm' }, T0 + 25 * MINUTE); // say, a stale alarm
    expect(alarm.effects).toEqual([]);
    expect(alarm.after.wakeAt).toBeNull();
    const settings = sim.changeSettings(settingsWith({ microBreak: { everyMinutes: 5 } }), T0 + 26 * MINUTE);
    expect(settings.effects).toEqual([]);
  });

  it('withdraws a prompt that was showing when the person comes back from a natural break', () => {
    const sim = new Sim();
    sim.advanceTo(T0 + 20 * MINUTE);
    sim.idle('locked', T0 + 21 * MINUTE);
    const back = sim.idle('active', T0 + 30 * MINUTE);
    expect(back.effects.map((e) => e.type)).toEqual(['clear-prompt', 'sat', 'record']);
    expect(back.after.stage).toEqual({ name: 'sitting' });
  });

  it('keeps a prompt showing through a short absence and lets it lapse afterwards', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { enabled: false } }));
    sim.advanceTo(T0 + 20 * MINUTE);
    sim.idle('locked', T0 + 38 * MINUTE);
    expect(sim.state.wakeAt).toBeNull(); // no lapse while away
    const back = sim.idle('active', T0 + 41 * MINUTE);
    expect(back.effects).toEqual([{ type: 'clear-prompt' }]); // the expiry at 40 passed meanwhile
    expect(sim.prompts()).toHaveLength(1);
  });

  it('being away during a guided break is no natural break', () => {
    const sim = new Sim();
    sim.act({ type: 'start', kind: 'stretch' }, T0 + 10 * MINUTE);
    sim.idle('idle', T0 + 12 * MINUTE);
    const back = sim.idle('active', T0 + 14 * MINUTE);
    expect(back.effects).toEqual([]);
    expect(back.after.stage.name).toBe('taking');
  });

  it('is not recorded outside work hours', () => {
    const evening = new Date(2026, 2, 2, 19, 0).getTime();
    const sim = new Sim(evening, settingsWith({ workHours: { enabled: true } }));
    sim.idle('locked', evening + 10 * MINUTE);
    expect(sim.idle('active', evening + HOUR).effects).toEqual([]);
  });
});
