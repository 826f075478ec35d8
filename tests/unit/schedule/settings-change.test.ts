import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND, Sim, settingsWith, T0 } from './drive';

const stretchOnly = (everyMinutes: number) =>
  settingsWith({ microBreak: { enabled: false }, stretchBreak: { everyMinutes } });

describe('changed settings', () => {
  it('a shorter interval that is already overdue prompts a minute later, not at once', () => {
    const sim = new Sim(T0, stretchOnly(50));
    const step = sim.changeSettings(stretchOnly(20), T0 + 30 * MINUTE);
    expect(step.effects).toEqual([]);
    expect(step.after.wakeAt).toBe(T0 + 31 * MINUTE);
    sim.advanceTo(T0 + 31 * MINUTE);
    expect(sim.prompts()).toEqual([{ at: T0 + 31 * MINUTE, kind: 'stretch', snoozesLeft: 2 }]);
  });

  it('so does one that falls due exactly now, or within the minute', () => {
    for (const [every, at] of [
      [30, 30 * MINUTE],
      [30, 29 * MINUTE + 30 * SECOND],
    ] as const) {
      const sim = new Sim(T0, stretchOnly(50));
      const step = sim.changeSettings(stretchOnly(every), T0 + at);
      expect(step.effects).toEqual([]);
      expect(step.after.wakeAt).toBe(T0 + at + MINUTE);
    }
  });

  it('a shorter interval not yet due keeps its place', () => {
    const sim = new Sim(T0, stretchOnly(50));
    expect(sim.changeSettings(stretchOnly(40), T0 + 30 * MINUTE).after.wakeAt).toBe(T0 + 40 * MINUTE);
  });

  it('a longer interval moves the break later', () => {
    const sim = new Sim(T0, stretchOnly(50));
    expect(sim.changeSettings(stretchOnly(90), T0 + 30 * MINUTE).after.wakeAt).toBe(T0 + 90 * MINUTE);
  });

  it('switching micro-breaks on mid-period gives them a minute too', () => {
    const sim = new Sim(T0, stretchOnly(50));
    const step = sim.changeSettings(settingsWith({}), T0 + 25 * MINUTE);
    expect(step.effects).toEqual([]);
    expect(step.after.wakeAt).toBe(T0 + 26 * MINUTE);
  });

  it('switching off the kind that is prompted withdraws the prompt', () => {
    const sim = new Sim();
    sim.advanceTo(T0 + 20 * MINUTE);
    const step = sim.changeSettings(settingsWith({ microBreak: { enabled: false } }), T0 + 21 * MINUTE);
    expect(step.effects).toEqual([{ type: 'clear-prompt' }]);
    expect(step.after.stage).toEqual({ name: 'sitting' });
    expect(step.after.wakeAt).toBe(T0 + 50 * MINUTE);
  });

  it('switching everything off leaves nothing to wake for', () => {
    const sim = new Sim();
    const off = settingsWith({
      microBreak: { enabled: false },
      stretchBreak: { enabled: false },
      postureCheck: { enabled: false },
    });
    expect(sim.changeSettings(off, T0 + 5 * MINUTE).after.wakeAt).toBeNull();
    sim.advanceTo(T0 + 5 * HOUR);
    expect(sim.prompts()).toEqual([]);
  });

  it('a new snooze limit applies to the next snooze, and snoozesLeft never goes below zero', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { enabled: false } }));
    sim.advanceTo(T0 + 20 * MINUTE);
    sim.act({ type: 'snooze' });
    sim.advanceTo(T0 + 25 * MINUTE);
    sim.act({ type: 'snooze' });
    sim.changeSettings(
      settingsWith({ stretchBreak: { enabled: false }, snooze: { maxPerBreak: 1 } }),
      T0 + 26 * MINUTE,
    );
    sim.advanceTo(T0 + 30 * MINUTE);
    expect(sim.prompts().at(-1)).toEqual({ at: T0 + 30 * MINUTE, kind: 'micro', snoozesLeft: 0 });
    expect(sim.act({ type: 'snooze' }).effects).toEqual([]);
  });
});
