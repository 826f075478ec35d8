import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, Sim, settingsWith, T0 } from './drive';

const checksAt = (sim: Sim) =>
  sim
    .effects()
    .filter((e) => e.effect.type === 'check-prompt')
    .map((e) => (e.at - T0) / MINUTE);

const checkOnly = (everyMinutes = 120) =>
  settingsWith({
    stretchBreak: { enabled: false },
    microBreak: { enabled: false },
    postureCheck: { enabled: true, everyMinutes },
  });

describe('quick posture check', () => {
  it('is on by default, every 120 minutes of sitting', () => {
    const sim = new Sim(T0, checkOnly());
    sim.advanceTo(T0 + 5 * HOUR);
    expect(checksAt(sim)).toEqual([120, 240]);
  });

  it('keeps counting through stretch breaks, which do not fix a slumped chair', () => {
    const sim = new Sim(T0, settingsWith({ microBreak: { enabled: false } }));
    for (const at of [50, 105]) {
      sim.advanceTo(T0 + at * MINUTE);
      sim.act({ type: 'start' });
      sim.act({ type: 'finish' }, T0 + (at + 5) * MINUTE);
    }
    sim.advanceTo(T0 + 121 * MINUTE);
    expect(checksAt(sim)).toEqual([120]);
  });

  it('waits for a due break to be answered, then comes once', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { everyMinutes: 60 }, microBreak: { enabled: false } }));
    sim.advanceTo(T0 + 60 * MINUTE);
    sim.act({ type: 'skip' });
    sim.advanceTo(T0 + 120 * MINUTE);
    expect(sim.state.stage.name).toBe('prompted'); // the stretch break took the turn at 120
    expect(checksAt(sim)).toEqual([]);
    sim.act({ type: 'skip' }, T0 + 121 * MINUTE);
    expect(checksAt(sim)).toEqual([121]);
  });

  it('starts over after a natural break, and leaves a pause out of the sitting time', () => {
    const sim = new Sim(T0, checkOnly(60));
    sim.idle('idle', T0 + 50 * MINUTE);
    sim.idle('active', T0 + 70 * MINUTE);
    sim.advanceTo(T0 + 129 * MINUTE);
    expect(checksAt(sim)).toEqual([]);
    sim.act({ type: 'pause', for: '30m' }, T0 + 100 * MINUTE);
    sim.advanceTo(T0 + 150 * MINUTE);
    expect(checksAt(sim)).toEqual([]);
    sim.advanceTo(T0 + 160 * MINUTE);
    expect(checksAt(sim)).toEqual([160]);
  });

  it('offers one check, not a backlog, when the machine wakes late', () => {
    const sim = new Sim(T0, checkOnly(60));
    sim.sleepUntil(T0 + 61 * MINUTE + 30_000); // within the natural-break gap: not a reset
    expect(checksAt(sim)).toEqual([61.5]);
    sim.advanceTo(T0 + 120 * MINUTE);
    expect(checksAt(sim)).toEqual([61.5]);
  });
});
