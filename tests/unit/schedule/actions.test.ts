import { describe, expect, it } from 'vitest';
import { FINISH_GRACE_MS } from '../../../src/core/schedule/advance';
import { HOUR, MINUTE, SECOND, Sim, settingsWith, T0 } from './drive';

/** A fresh sitting period whose first micro-break prompt has just come, at T0 + 20 min. */
const promptedMicro = (settings = settingsWith({})) => new Sim(T0, settings).advanceTo(T0 + 20 * MINUTE);
/** A sitting period (micro-breaks off) whose stretch break prompt has just come, at T0 + 50 min. */
const promptedStretch = () => new Sim(T0, settingsWith({ microBreak: { enabled: false } })).advanceTo(T0 + 50 * MINUTE);
const P20 = T0 + 20 * MINUTE;
const P50 = T0 + 50 * MINUTE;

describe('start', () => {
  it('turns a prompt into a guided break and asks to show it', () => {
    const sim = promptedMicro();
    const step = sim.act({ type: 'start' }, P20 + 5 * SECOND);
    expect(step.effects).toEqual([{ type: 'clear-prompt' }, { type: 'show-break', kind: 'micro' }]);
    expect(step.after.stage).toEqual({
      name: 'taking',
      kind: 'micro',
      startedAt: P20 + 5 * SECOND,
      endsAt: P20 + 25 * SECOND,
    });
    expect(step.after.wakeAt).toBe(P20 + 25 * SECOND + FINISH_GRACE_MS);
  });

  it('starts a stretch break on request while sitting, with no prompt to clear', () => {
    const sim = new Sim();
    const step = sim.act({ type: 'start' }, T0 + 5 * MINUTE);
    expect(step.effects).toEqual([{ type: 'show-break', kind: 'stretch' }]);
    expect(step.after.stage).toMatchObject({ name: 'taking', kind: 'stretch', endsAt: T0 + 10 * MINUTE });
  });

  it('starts a micro-break on request when stretch breaks are off, or when asked for one', () => {
    const off = new Sim(T0, settingsWith({ stretchBreak: { enabled: false } }));
    expect(off.act({ type: 'start' }).after.stage).toMatchObject({ name: 'taking', kind: 'micro' });
    expect(new Sim().act({ type: 'start', kind: 'micro' }).after.stage).toMatchObject({ kind: 'micro' });
  });

  it('can start a different kind than the one prompted', () => {
    const step = promptedMicro().act({ type: 'start', kind: 'stretch' });
    expect(step.effects).toEqual([{ type: 'clear-prompt' }, { type: 'show-break', kind: 'stretch' }]);
  });

  it('is ignored during a break', () => {
    const sim = promptedMicro();
    const taking = sim.act({ type: 'start' }).after;
    const again = sim.act({ type: 'start', kind: 'stretch' }, P20 + 5 * SECOND);
    expect(again.effects).toEqual([]);
    expect(again.after.stage).toEqual(taking.stage);
  });

  it('prompts nothing during a guided break, however long it is', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { durationMinutes: 30 } }));
    sim.act({ type: 'start', kind: 'stretch' }, T0 + 15 * MINUTE); // micro would be due at 20
    sim.advanceTo(T0 + 45 * MINUTE - 1);
    expect(sim.prompts()).toEqual([]);
  });
});

describe('finish', () => {
  it('records the exercises the person did with the taken break', () => {
    const sim = promptedStretch();
    sim.act({ type: 'start' });
    const end = P50 + 5 * MINUTE;
    const step = sim.act({ type: 'finish', exercises: ['chin-tuck', 'calf-stretch'] }, end);
    expect(step.effects).toEqual([
      { type: 'record', record: { what: 'taken', kind: 'stretch', at: end, exercises: ['chin-tuck', 'calf-stretch'] } },
      { type: 'sat', minutes: 50, at: P50 }, // the sitting stretch ended when the break began
    ]);
  });

  it('records a taken micro-break and restarts only the micro-break interval', () => {
    const sim = promptedMicro();
    sim.act({ type: 'start' });
    const end = P20 + 20 * SECOND;
    const step = sim.act({ type: 'finish' }, end);
    expect(step.effects).toEqual([{ type: 'record', record: { what: 'taken', kind: 'micro', at: end } }]);
    expect(step.after.stage).toEqual({ name: 'sitting' });
    expect(step.after.timers.micro).toEqual({ anchor: end, snoozedUntil: null, snoozes: 0 });
    expect(step.after.timers.stretch.anchor).toBe(T0);
    expect(step.after.sittingSince).toBe(T0);
  });

  it('records a taken stretch break, restarts both intervals and the sitting period', () => {
    const sim = promptedStretch();
    sim.act({ type: 'start' });
    const end = P50 + 5 * MINUTE;
    const step = sim.act({ type: 'finish' }, end);
    expect(step.effects).toEqual([
      { type: 'record', record: { what: 'taken', kind: 'stretch', at: end } },
      { type: 'sat', minutes: 50, at: P50 },
    ]);
    expect(step.after.timers.stretch).toEqual({ anchor: end, snoozedUntil: null, snoozes: 0 });
    expect(step.after.timers.micro).toEqual({ anchor: end, snoozedUntil: null, snoozes: 0 });
    expect(step.after.sittingSince).toBe(end);
    expect(step.after.wakeAt).toBe(end + 50 * MINUTE);
  });

  it('may come early: the interval starts when the person says they are done', () => {
    const sim = promptedStretch();
    sim.act({ type: 'start' });
    const step = sim.act({ type: 'finish' }, P50 + MINUTE);
    expect(step.after.timers.stretch.anchor).toBe(P50 + MINUTE);
  });

  it('from a prompt (done without the guided page) withdraws it and records the break', () => {
    const step = promptedMicro().act({ type: 'finish' });
    expect(step.effects.map((e) => e.type)).toEqual(['clear-prompt', 'record']);
    expect(step.effects[1]).toMatchObject({ record: { what: 'taken', kind: 'micro' } });
  });

  it('happens on its own when the guided page is left open: taken at its end, after a grace', () => {
    const sim = promptedStretch();
    sim.act({ type: 'start' });
    const endsAt = P50 + 5 * MINUTE;
    sim.advanceTo(endsAt + FINISH_GRACE_MS - 1);
    expect(sim.records('taken')).toEqual([]);
    sim.advanceTo(endsAt + FINISH_GRACE_MS);
    expect(sim.records('taken')).toEqual([{ what: 'taken', kind: 'stretch', at: endsAt }]);
    expect(sim.state.stage).toEqual({ name: 'sitting' });
    expect(sim.state.sittingSince).toBe(endsAt + FINISH_GRACE_MS);
  });

  it('is ignored while sitting', () => {
    const sim = new Sim();
    const before = sim.state;
    const step = sim.act({ type: 'finish' }, T0 + MINUTE);
    expect(step.effects).toEqual([]);
    expect(step.after.timers).toEqual(before.timers);
  });
});

describe('skip', () => {
  it('records a skipped prompt and restarts its interval', () => {
    const sim = promptedMicro();
    const step = sim.act({ type: 'skip' }, P20 + 30 * SECOND);
    expect(step.effects).toEqual([
      { type: 'clear-prompt' },
      { type: 'record', record: { what: 'skipped', kind: 'micro', at: P20 + 30 * SECOND } },
    ]);
    expect(step.after.stage).toEqual({ name: 'sitting' });
    expect(step.after.timers.micro.anchor).toBe(P20 + 30 * SECOND);
  });

  it('of a stretch break keeps the sitting period going: the person kept sitting', () => {
    const step = promptedStretch().act({ type: 'skip' });
    expect(step.effects[1]).toMatchObject({ record: { what: 'skipped', kind: 'stretch' } });
    expect(step.after.sittingSince).toBe(T0);
    expect(step.after.timers.stretch.anchor).toBe(P50);
    expect(step.after.wakeAt).toBe(P50 + 50 * MINUTE);
  });

  it('can end a guided break early, recorded as skipped', () => {
    const sim = promptedStretch();
    sim.act({ type: 'start' });
    const step = sim.act({ type: 'skip' }, P50 + MINUTE);
    expect(step.effects).toEqual([{ type: 'record', record: { what: 'skipped', kind: 'stretch', at: P50 + MINUTE } }]);
    expect(step.after.sittingSince).toBe(T0);
  });

  it('is ignored with nothing to skip', () => {
    expect(new Sim().act({ type: 'skip' }, T0 + MINUTE).effects).toEqual([]);
  });
});

describe('snooze', () => {
  it('records the snooze, withdraws the prompt and brings it back after snooze.minutes', () => {
    const sim = promptedMicro();
    const at = P20 + 10 * SECOND;
    const step = sim.act({ type: 'snooze' }, at);
    expect(step.effects).toEqual([
      { type: 'clear-prompt' },
      { type: 'record', record: { what: 'snoozed', kind: 'micro', at } },
    ]);
    expect(step.after.stage).toEqual({ name: 'sitting' });
    expect(step.after.timers.micro).toEqual({ anchor: T0, snoozedUntil: at + 5 * MINUTE, snoozes: 1 });
    expect(step.after.wakeAt).toBe(at + 5 * MINUTE);
    const mark = sim.mark;
    sim.advanceTo(at + 5 * MINUTE);
    expect(sim.prompts(mark)).toEqual([{ at: at + 5 * MINUTE, kind: 'micro', snoozesLeft: 1 }]);
  });

  it('uses the snooze length from the settings', () => {
    const sim = promptedMicro(settingsWith({ snooze: { minutes: 12 } }));
    expect(sim.act({ type: 'snooze' }).after.wakeAt).toBe(P20 + 12 * MINUTE);
  });

  it('refuses a third snooze of the same break with maxPerBreak 2: no effect, state unchanged', () => {
    const sim = promptedMicro();
    sim.act({ type: 'snooze' });
    sim.advanceTo(P20 + 5 * MINUTE);
    sim.act({ type: 'snooze' });
    sim.advanceTo(P20 + 10 * MINUTE);
    expect(sim.prompts().map((p) => p.snoozesLeft)).toEqual([2, 1, 0]);
    const before = sim.state;
    const third = sim.act({ type: 'snooze' });
    expect(third.effects).toEqual([]);
    expect(third.after).toEqual(before);
    // …and also a little later, as a page out of date by a second would send it.
    const late = sim.act({ type: 'snooze' }, P20 + 10 * MINUTE + SECOND);
    expect(late.effects).toEqual([]);
    expect(late.after.stage).toEqual(before.stage);
    expect(late.after.timers).toEqual(before.timers);
    expect(sim.records('snoozed')).toHaveLength(2);
  });

  it('is refused at once with maxPerBreak 0', () => {
    const sim = promptedMicro(settingsWith({ snooze: { maxPerBreak: 0 } }));
    expect(sim.prompts()[0]?.snoozesLeft).toBe(0);
    const step = sim.act({ type: 'snooze' });
    expect(step.effects).toEqual([]);
    expect(step.after.stage.name).toBe('prompted');
  });

  it('counts snoozes per break: the next due break has all of them again', () => {
    const sim = promptedMicro(settingsWith({ stretchBreak: { enabled: false } }));
    sim.act({ type: 'snooze' });
    sim.advanceTo(P20 + 5 * MINUTE);
    sim.act({ type: 'snooze' });
    sim.advanceTo(P20 + 10 * MINUTE);
    sim.act({ type: 'skip' });
    sim.advanceTo(P20 + 10 * MINUTE + 20 * MINUTE);
    expect(sim.state.stage).toMatchObject({ name: 'prompted', kind: 'micro' });
    expect(sim.prompts().at(-1)?.snoozesLeft).toBe(2);
    expect(sim.state.timers.micro.snoozes).toBe(0);
  });

  it('is ignored with no prompt showing', () => {
    const sim = new Sim();
    expect(sim.act({ type: 'snooze' }, T0 + MINUTE).effects).toEqual([]);
    expect(sim.state.timers.micro.snoozes).toBe(0);
  });

  it('of a stretch break lets micro-breaks carry on but merges one that falls near it', () => {
    const sim = promptedStretch();
    const step = sim.act({ type: 'snooze' });
    expect(step.after.timers.stretch).toMatchObject({ snoozedUntil: P50 + 5 * MINUTE, snoozes: 1 });
    sim.advanceTo(P50 + HOUR);
    expect(sim.prompts()[1]).toMatchObject({ at: P50 + 5 * MINUTE, kind: 'stretch', snoozesLeft: 1 });
  });
});
