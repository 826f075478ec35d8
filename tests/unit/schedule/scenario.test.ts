import { describe, expect, it } from 'vitest';
import { MERGE_WINDOW_MS } from '../../../src/core/schedule/timers';
import { HOUR, MINUTE, run, SECOND, Sim, settingsWith, T0 } from './drive';

/** Runs an active person who answers every prompt with `respond`, up to `end`. */
function activePerson(sim: Sim, end: number, respond: (sim: Sim) => void): Sim {
  while (sim.state.wakeAt !== null && sim.state.wakeAt <= end) {
    sim.nextAlarm();
    if (sim.state.stage.name === 'prompted') respond(sim);
  }
  return sim;
}

const takeIt = (sim: Sim) => {
  const start = sim.act({ type: 'start' });
  const stage = start.after.stage;
  if (stage.name !== 'taking') throw new Error('not taking');
  sim.act({ type: 'finish' }, stage.endsAt);
};
const skipIt = (sim: Sim) => sim.act({ type: 'skip' });
const since = (prompts: Array<{ at: number; kind: string }>) =>
  prompts.map((p) => [(p.at - T0) / MINUTE, p.kind] as const);

describe('a sitting period with the default settings', () => {
  it('prompts micro-breaks at 20 and 40 minutes and the stretch break at 50, for a person who skips', () => {
    const sim = activePerson(new Sim(), T0 + 60 * MINUTE, skipIt);
    expect(since(sim.prompts())).toEqual([
      [20, 'micro'],
      [40, 'micro'],
      [50, 'stretch'],
    ]);
  });

  it('prompts at 20, ~40 and 50 minutes for a person who takes every break', () => {
    const sim = activePerson(new Sim(), T0 + 60 * MINUTE, takeIt);
    // The micro-break interval restarts when the 20-second break ends, so the second comes at 40:20.
    expect(since(sim.prompts())).toEqual([
      [20, 'micro'],
      [40 + 20 / 60, 'micro'],
      [50, 'stretch'],
    ]);
    expect(sim.records('taken').map((r) => r.kind)).toEqual(['micro', 'micro', 'stretch']);
  });

  it('after a stretch break, both intervals start again from its end', () => {
    const sim = activePerson(new Sim(), T0 + 3 * HOUR, takeIt);
    const stretchEnd = T0 + 55 * MINUTE; // prompted at 50, a 5-minute break
    const after = sim.prompts().filter((p) => p.at > stretchEnd);
    expect(after[0]).toMatchObject({ kind: 'micro', at: stretchEnd + 20 * MINUTE });
    expect(sim.prompts().filter((p) => p.kind === 'stretch')[1]?.at).toBeGreaterThanOrEqual(stretchEnd + 50 * MINUTE);
  });

  it('prompts nothing before the first break is due, and sleeps until then', () => {
    const sim = new Sim();
    expect(sim.state.wakeAt).toBe(T0 + 20 * MINUTE);
    sim.advanceTo(T0 + 20 * MINUTE - 1);
    expect(sim.prompts()).toEqual([]);
    expect(sim.steps).toHaveLength(1);
  });

  it('gives each prompt its snoozes left and a "prompted" record', () => {
    const sim = new Sim().advanceTo(T0 + 20 * MINUTE);
    const last = sim.steps.at(-1);
    expect(last?.effects).toEqual([
      { type: 'prompt', kind: 'micro', snoozesLeft: 2 },
      { type: 'record', record: { what: 'prompted', kind: 'micro', at: T0 + 20 * MINUTE } },
    ]);
    expect(sim.state.stage).toEqual({ name: 'prompted', kind: 'micro', at: T0 + 20 * MINUTE });
  });
});

describe('the merge rule', () => {
  it('is a 5-minute window', () => {
    expect(MERGE_WINDOW_MS).toBe(5 * MINUTE);
  });

  it('prompts only the stretch break when a micro-break would fall due within 5 minutes before it', () => {
    const settings = settingsWith({ microBreak: { everyMinutes: 20 }, stretchBreak: { everyMinutes: 21 } });
    const sim = run([], settings, { until: T0 + 21 * MINUTE });
    expect(since(sim.prompts())).toEqual([[21, 'stretch']]);
  });

  it('merges a micro-break due exactly 5 minutes before the stretch break', () => {
    const settings = settingsWith({ microBreak: { everyMinutes: 20 }, stretchBreak: { everyMinutes: 25 } });
    expect(since(run([], settings, { until: T0 + 25 * MINUTE }).prompts())).toEqual([[25, 'stretch']]);
  });

  it('keeps a micro-break due a minute earlier than that', () => {
    const settings = settingsWith({ microBreak: { everyMinutes: 20 }, stretchBreak: { everyMinutes: 26 } });
    expect(since(run([], settings, { until: T0 + 26 * MINUTE }).prompts())).toEqual([
      [20, 'micro'],
      [26, 'stretch'],
    ]);
  });

  it('withdraws an unanswered micro-break prompt when the stretch break falls due, and prompts that', () => {
    const settings = settingsWith({ microBreak: { everyMinutes: 14 }, stretchBreak: { everyMinutes: 20 } });
    const sim = run([], settings, { until: T0 + 20 * MINUTE });
    expect(since(sim.prompts())).toEqual([
      [14, 'micro'],
      [20, 'stretch'],
    ]);
    const at20 = sim.steps.at(-1);
    expect(at20?.at).toBe(T0 + 20 * MINUTE);
    expect(at20?.effects.map((e) => e.type)).toEqual(['clear-prompt', 'prompt', 'record']);
  });

  it('a micro-break snoozed into the window is absorbed by the stretch break', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { everyMinutes: 24 } }));
    // 24 - 5 = 19 < 20: the micro-break is merged from the start.
    expect(sim.state.wakeAt).toBe(T0 + 24 * MINUTE);
    const sim2 = new Sim(T0, settingsWith({ stretchBreak: { everyMinutes: 30 } }));
    sim2.advanceTo(T0 + 20 * MINUTE);
    sim2.act({ type: 'snooze' }, T0 + 21 * MINUTE); // due again at 26, within 5 minutes of 30
    sim2.advanceTo(T0 + 30 * MINUTE);
    expect(since(sim2.prompts())).toEqual([
      [20, 'micro'],
      [30, 'stretch'],
    ]);
  });
});

describe('switching break kinds off', () => {
  it('prompts only micro-breaks with stretch breaks off', () => {
    const sim = activePerson(new Sim(T0, settingsWith({ stretchBreak: { enabled: false } })), T0 + 2 * HOUR, skipIt);
    expect(since(sim.prompts())).toEqual([
      [20, 'micro'],
      [40, 'micro'],
      [60, 'micro'],
      [80, 'micro'],
      [100, 'micro'],
      [120, 'micro'],
    ]);
  });

  it('prompts only stretch breaks with micro-breaks off', () => {
    const sim = activePerson(new Sim(T0, settingsWith({ microBreak: { enabled: false } })), T0 + 2 * HOUR, skipIt);
    expect(since(sim.prompts())).toEqual([
      [50, 'stretch'],
      [100, 'stretch'],
    ]);
  });

  it('never wakes with both off', () => {
    const settings = settingsWith({
      microBreak: { enabled: false },
      stretchBreak: { enabled: false },
      postureCheck: { enabled: false },
    });
    const sim = run([], settings, { until: T0 + 24 * HOUR });
    expect(sim.state.wakeAt).toBeNull();
    expect(sim.steps).toHaveLength(1);
  });

  it('never uses the duration of a break for its interval', () => {
    const settings = settingsWith({ microBreak: { durationSeconds: 300 }, stretchBreak: { durationMinutes: 30 } });
    const sim = new Sim(T0, settings).advanceTo(T0 + 20 * MINUTE);
    const start = sim.act({ type: 'start' }, T0 + 20 * MINUTE + 10 * SECOND);
    expect(start.after.stage).toMatchObject({ name: 'taking', endsAt: T0 + 25 * MINUTE + 10 * SECOND });
    const stretch = new Sim(T0, settings).act({ type: 'start', kind: 'stretch' });
    expect(stretch.after.stage).toMatchObject({ name: 'taking', endsAt: T0 + 30 * MINUTE });
  });
});
