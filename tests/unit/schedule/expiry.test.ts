import { describe, expect, it } from 'vitest';
import { promptExpiry } from '../../../src/core/schedule/advance';
import { HOUR, MINUTE, Sim, settingsWith, T0 } from './drive';

describe('an unanswered prompt', () => {
  it('is withdrawn after one interval when that is under 30 minutes, and prompted only once', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { enabled: false } }));
    sim.advanceTo(T0 + 40 * MINUTE - 1);
    expect(sim.prompts()).toEqual([{ at: T0 + 20 * MINUTE, kind: 'micro', snoozesLeft: 2 }]);
    expect(sim.effects().filter((e) => e.effect.type === 'clear-prompt')).toEqual([]);
    sim.advanceTo(T0 + 40 * MINUTE);
    const step = sim.steps.at(-1);
    expect(step?.at).toBe(T0 + 40 * MINUTE);
    expect(step?.effects).toEqual([{ type: 'clear-prompt' }]);
    expect(sim.state.stage).toEqual({ name: 'sitting' });
    // The lapsed break counts as resolved: the next one is a whole interval away.
    expect(sim.state.wakeAt).toBe(T0 + 60 * MINUTE);
  });

  it('is withdrawn after 30 minutes when the interval is longer', () => {
    const sim = new Sim(T0, settingsWith({ microBreak: { enabled: false } }));
    sim.advanceTo(T0 + 50 * MINUTE);
    expect(sim.state.wakeAt).toBe(T0 + 80 * MINUTE);
    sim.advanceTo(T0 + 80 * MINUTE);
    expect(sim.steps.at(-1)?.effects).toEqual([{ type: 'clear-prompt' }]);
    sim.advanceTo(T0 + 130 * MINUTE);
    expect(sim.prompts().map((p) => (p.at - T0) / MINUTE)).toEqual([50, 130]);
  });

  it('after a withdrawn stretch break, the micro-break interval restarts too', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { everyMinutes: 30 } }));
    sim.advanceTo(T0 + 20 * MINUTE); // micro prompted
    sim.act({ type: 'skip' });
    sim.advanceTo(T0 + 30 * MINUTE); // stretch prompted; micro due at 40 is merged into it
    sim.advanceTo(T0 + 60 * MINUTE); // expiry at 30 + min(30, 30)
    expect(sim.state.timers.micro.anchor).toBe(T0 + 60 * MINUTE);
    expect(sim.state.timers.stretch.anchor).toBe(T0 + 60 * MINUTE);
  });

  it('never leads to a second prompt for the same due break over a long day', () => {
    const sim = new Sim(T0);
    sim.advanceTo(T0 + 10 * HOUR);
    let showing = false;
    for (const { effect } of sim.effects()) {
      if (effect.type === 'prompt') {
        expect(showing).toBe(false);
        showing = true;
      }
      if (effect.type === 'clear-prompt') showing = false;
    }
    // Every prompt lapses on its own, and each one is withdrawn exactly once.
    const clears = sim.effects().filter((e) => e.effect.type === 'clear-prompt').length;
    expect(clears).toBeGreaterThanOrEqual(sim.prompts().length - 1);
  });

  it('expires at min(30 minutes, interval) after it was shown', () => {
    const s = settingsWith({ microBreak: { everyMinutes: 7 }, stretchBreak: { everyMinutes: 120 } });
    expect(promptExpiry('micro', T0, s)).toBe(T0 + 7 * MINUTE);
    expect(promptExpiry('stretch', T0, s)).toBe(T0 + 30 * MINUTE);
  });
});
