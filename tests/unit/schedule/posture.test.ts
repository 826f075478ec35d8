import { describe, expect, it } from 'vitest';
import type { Effect } from '../../../src/core/schedule/types';
import { HOUR, MINUTE, Sim, settingsWith, T0 } from './drive';

/** Sit–stand–move on, with the break reminders off so the cycle is seen alone. */
const cycleOnly = (extra = {}) =>
  settingsWith({
    sitStand: { enabled: true, sitMinutes: 20, standMinutes: 8, moveMinutes: 2 },
    stretchBreak: { enabled: false },
    microBreak: { enabled: false },
    postureCheck: { enabled: false },
    ...extra,
  });

const posturePrompts = (sim: Sim) =>
  sim
    .effects()
    .filter(
      (e): e is { at: number; effect: Extract<Effect, { type: 'posture-prompt' }> } =>
        e.effect.type === 'posture-prompt',
    )
    .map((e) => [(e.at - T0) / MINUTE, e.effect.phase]);

describe('sit–stand–move (20-8-2)', () => {
  it('is off by default and then prompts nothing', () => {
    const sim = new Sim(
      T0,
      settingsWith({
        stretchBreak: { enabled: false },
        microBreak: { enabled: false },
        postureCheck: { enabled: false },
      }),
    );
    sim.advanceTo(T0 + 2 * HOUR);
    expect(posturePrompts(sim)).toEqual([]);
    expect(sim.state.wakeAt).toBeNull();
  });

  it('prompts stand up, move, sit down in turn, each once, on time', () => {
    const sim = new Sim(T0, cycleOnly());
    sim.advanceTo(T0 + 60 * MINUTE);
    expect(posturePrompts(sim)).toEqual([
      [20, 'stand'],
      [28, 'move'],
      [30, 'sit'],
      [50, 'stand'],
      [58, 'move'],
      [60, 'sit'],
    ]);
  });

  it('shows the phase and the next change in the status', async () => {
    const { describeStatus } = await import('../../../src/core/schedule/status');
    const sim = new Sim(T0, cycleOnly());
    sim.advanceTo(T0 + 23 * MINUTE);
    const status = describeStatus(sim.state, sim.settings, sim.now);
    expect(status).toMatchObject({
      stage: 'sitting',
      posture: { phase: 'stand', minutes: 3, next: { phase: 'move', minutes: 5 } },
    });
  });

  it('lets a due stretch break take the turn, and starts the cycle afresh after it is taken', () => {
    const settings = cycleOnly({ stretchBreak: { enabled: true, everyMinutes: 20, durationMinutes: 5 } });
    const sim = new Sim(T0, settings);
    sim.advanceTo(T0 + 20 * MINUTE);
    expect(sim.prompts().map((p) => p.kind)).toEqual(['stretch']);
    expect(posturePrompts(sim)).toEqual([]);
    sim.act({ type: 'start' }, T0 + 21 * MINUTE);
    sim.act({ type: 'finish' }, T0 + 26 * MINUTE);
    expect(sim.state.posture).toEqual({ phase: 'sit', since: T0 + 26 * MINUTE });
  });

  it('runs on through a short absence, and a natural break means sitting down afresh', () => {
    const sim = new Sim(T0, cycleOnly());
    sim.idle('locked', T0 + 10 * MINUTE);
    sim.idle('active', T0 + 13 * MINUTE); // under the 5-minute natural break: the cycle runs on
    sim.advanceTo(T0 + 21 * MINUTE);
    expect(posturePrompts(sim)).toEqual([[20, 'stand']]);
    sim.idle('idle', T0 + 40 * MINUTE);
    sim.idle('active', T0 + 90 * MINUTE);
    expect(sim.state.posture).toEqual({ phase: 'sit', since: T0 + 90 * MINUTE });
    expect(posturePrompts(sim)).toEqual([
      [20, 'stand'],
      [28, 'move'],
      [30, 'sit'],
    ]);
  });

  it('stays quiet while paused and sits down afresh on resume', () => {
    const sim = new Sim(T0, cycleOnly());
    sim.act({ type: 'pause', for: '1h' }, T0 + 5 * MINUTE);
    sim.advanceTo(T0 + 65 * MINUTE);
    expect(posturePrompts(sim)).toEqual([]);
    expect(sim.state.posture).toEqual({ phase: 'sit', since: T0 + 65 * MINUTE });
  });
});
