import { describe, expect, it } from 'vitest';
import { reduce } from '../../../src/core/schedule/reduce';
import { HOUR, MINUTE, Sim, settingsWith } from './drive';

const at = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const office = settingsWith({ workHours: { enabled: true } }); // mon–fri 09:00–17:30

describe('work hours in the engine', () => {
  it('before work: stage off-hours, no prompts, and the worker wakes at the start of work', () => {
    const sim = new Sim(at(2026, 3, 2, 7, 0), office);
    expect(sim.state.stage).toEqual({ name: 'off-hours' });
    expect(sim.state.wakeAt).toBe(at(2026, 3, 2, 9, 0));
    expect(sim.prompts()).toEqual([]);
  });

  it('at the start of work: a fresh sitting period from that instant', () => {
    const sim = new Sim(at(2026, 3, 2, 7, 0), office);
    sim.advanceTo(at(2026, 3, 2, 9, 0));
    const start = at(2026, 3, 2, 9, 0);
    expect(sim.state).toMatchObject({
      stage: { name: 'sitting' },
      sittingSince: start,
      timers: { stretch: { anchor: start }, micro: { anchor: start } },
      wakeAt: start + 20 * MINUTE,
    });
    sim.advanceTo(start + 50 * MINUTE);
    expect(sim.prompts().map((p) => [(p.at - start) / MINUTE, p.kind])).toEqual([
      [20, 'micro'],
      [50, 'stretch'],
    ]);
  });

  it('a stale sitting period from yesterday does not carry into the day', () => {
    const yesterday = at(2026, 3, 2, 17, 0);
    const sim = new Sim(yesterday, office);
    sim.advanceTo(at(2026, 3, 3, 9, 0));
    expect(sim.state.sittingSince).toBe(at(2026, 3, 3, 9, 0));
  });

  it('at the end of work: a showing prompt is withdrawn and nothing is prompted until the next work day', () => {
    const sim = new Sim(at(2026, 3, 6, 17, 0), office); // Friday
    sim.advanceTo(at(2026, 3, 6, 17, 20)); // micro prompted at 17:20
    expect(sim.state.stage.name).toBe('prompted');
    expect(sim.state.wakeAt).toBe(at(2026, 3, 6, 17, 30)); // work end comes before the expiry
    sim.advanceTo(at(2026, 3, 6, 17, 30));
    expect(sim.steps.at(-1)?.effects).toEqual([
      { type: 'clear-prompt' },
      { type: 'sat', minutes: 30, at: at(2026, 3, 6, 17, 30) }, // the day's last sitting stretch
    ]);
    expect(sim.state.stage).toEqual({ name: 'off-hours' });
    expect(sim.state.wakeAt).toBe(at(2026, 3, 9, 9, 0)); // Monday
    const mark = sim.mark;
    sim.advanceTo(at(2026, 3, 9, 9, 19));
    expect(sim.prompts(mark)).toEqual([]);
    expect(sim.steps.length).toBe(mark + 1); // one wake, at Monday 09:00
  });

  it('while sitting, the worker wakes at the end of work even with no break due before it', () => {
    const sim = new Sim(at(2026, 3, 2, 17, 15), office);
    expect(sim.state.wakeAt).toBe(at(2026, 3, 2, 17, 30));
  });

  it('no prompt on a day off, whatever the events', () => {
    const saturday = at(2026, 3, 7, 10, 0);
    const sim = new Sim(saturday, office);
    sim.idle('locked', saturday + HOUR);
    sim.idle('active', saturday + 2 * HOUR);
    sim.act({ type: 'resume' }, saturday + 3 * HOUR);
    sim.changeSettings(
      settingsWith({ workHours: { enabled: true }, microBreak: { everyMinutes: 1 } }),
      saturday + 4 * HOUR,
    );
    sim.advanceTo(saturday + 10 * HOUR);
    expect(sim.prompts()).toEqual([]);
    expect(sim.state.stage.name).toBe('off-hours');
  });

  it('with no work days chosen (settings validation now refuses it), never prompts and never wakes', () => {
    const sim = new Sim(at(2026, 3, 2, 10, 0), settingsWith({ workHours: { enabled: true, days: [] } }));
    expect(sim.state.stage.name).toBe('off-hours');
    expect(sim.state.wakeAt).toBeNull();
  });

  it('turning work hours on after hours withdraws a prompt; turning them off starts a fresh period', () => {
    const evening = at(2026, 3, 2, 19, 0);
    const sim = new Sim(evening);
    sim.advanceTo(evening + 20 * MINUTE);
    const on = sim.changeSettings(office, evening + 21 * MINUTE);
    expect(on.effects).toEqual([{ type: 'clear-prompt' }, { type: 'sat', minutes: 21, at: evening + 21 * MINUTE }]);
    expect(on.after.stage.name).toBe('off-hours');
    const off = sim.changeSettings(settingsWith({}), evening + 30 * MINUTE);
    expect(off.after.stage.name).toBe('sitting');
    expect(off.after.sittingSince).toBe(evening + 30 * MINUTE);
  });

  it('a guided break started after hours ends and returns to off-hours', () => {
    const evening = at(2026, 3, 2, 19, 0);
    const sim = new Sim(evening, office);
    sim.act({ type: 'start', kind: 'stretch' }, evening + MINUTE);
    const done = sim.act({ type: 'finish' }, evening + 6 * MINUTE);
    expect(done.after.stage.name).toBe('off-hours');
    expect(done.effects).toEqual([
      { type: 'record', record: { what: 'taken', kind: 'stretch', at: evening + 6 * MINUTE } },
    ]);
  });

  it('a pause that runs past the end of work ends in off-hours', () => {
    const sim = new Sim(at(2026, 3, 2, 16, 45), office);
    sim.act({ type: 'pause', for: '2h' });
    sim.advanceTo(at(2026, 3, 2, 18, 45));
    expect(sim.state.stage.name).toBe('off-hours');
    expect(sim.state.wakeAt).toBe(at(2026, 3, 3, 9, 0));
  });

  it('a pause across the start of work ends in a fresh sitting period, not in breaks already due', () => {
    const sim = new Sim(at(2026, 3, 2, 7, 0), office);
    sim.act({ type: 'pause', for: '1h' }, at(2026, 3, 2, 8, 40));
    sim.advanceTo(at(2026, 3, 2, 9, 40));
    expect(sim.state.stage.name).toBe('sitting');
    expect(sim.prompts()).toEqual([]);
    expect(sim.state.sittingSince).toBe(at(2026, 3, 2, 9, 40));
    expect(sim.state.wakeAt).toBe(at(2026, 3, 2, 10, 0));
  });

  it('so does a pause resumed by hand the next working day', () => {
    const sim = new Sim(at(2026, 3, 2, 16, 0), office);
    sim.act({ type: 'pause', for: 'resumed' }, at(2026, 3, 2, 16, 45));
    const resumed = sim.act({ type: 'resume' }, at(2026, 3, 3, 9, 5));
    expect(resumed.effects).toEqual([]);
    expect(resumed.after.sittingSince).toBe(at(2026, 3, 3, 9, 5));
    expect(resumed.after.wakeAt).toBe(at(2026, 3, 3, 9, 25));
  });

  it('while a pause within the working day keeps its elapsed time', () => {
    const sim = new Sim(at(2026, 3, 2, 10, 0), office);
    sim.act({ type: 'pause', for: 'resumed' }, at(2026, 3, 2, 10, 10));
    const resumed = sim.act({ type: 'resume' }, at(2026, 3, 2, 11, 0));
    expect(resumed.after.sittingSince).toBe(at(2026, 3, 2, 10, 50));
  });
});

describe('work hours across daylight-saving changes (Europe/Berlin)', () => {
  it('spring, 29 March 2026: from Friday’s end of work to Monday 09:00 CEST', () => {
    const sim = new Sim(at(2026, 3, 27, 17, 15), office);
    sim.advanceTo(at(2026, 3, 27, 17, 30));
    expect(iso(sim.state.wakeAt)).toBe('2026-03-30T07:00:00.000Z');
    sim.advanceTo(at(2026, 3, 30, 9, 0));
    expect(sim.state.sittingSince).toBe(Date.parse('2026-03-30T07:00:00.000Z'));
    expect(iso(sim.state.wakeAt)).toBe('2026-03-30T07:20:00.000Z');
  });

  it('autumn, 25 October 2026: from Friday’s end of work to Monday 09:00 CET', () => {
    const sim = new Sim(at(2026, 10, 23, 17, 15), office);
    sim.advanceTo(at(2026, 10, 23, 17, 30));
    expect(iso(sim.state.wakeAt)).toBe('2026-10-26T08:00:00.000Z');
  });

  it('a Sunday schedule on the DST days starts at 09:00 local time', () => {
    const sundays = settingsWith({ workHours: { enabled: true, days: ['sun'], start: '09:00', end: '12:00' } });
    const spring = new Sim(at(2026, 3, 28, 20, 0), sundays);
    expect(iso(spring.state.wakeAt)).toBe('2026-03-29T07:00:00.000Z');
    spring.advanceTo(at(2026, 3, 29, 12, 0));
    expect(spring.prompts()[0]?.at).toBe(Date.parse('2026-03-29T07:20:00.000Z'));
    expect(iso(spring.state.wakeAt)).toBe('2026-04-05T07:00:00.000Z');
    const autumn = new Sim(at(2026, 10, 24, 20, 0), sundays);
    expect(iso(autumn.state.wakeAt)).toBe('2026-10-25T08:00:00.000Z');
    autumn.advanceTo(at(2026, 10, 25, 12, 0));
    expect(iso(autumn.state.wakeAt)).toBe('2026-11-01T08:00:00.000Z');
  });

  it('work hours spanning the missing hour (01:00–04:00 on 29 March) are one hour shorter', () => {
    const night = settingsWith({ workHours: { enabled: true, days: ['sun'], start: '01:00', end: '04:00' } });
    const sim = new Sim(at(2026, 3, 29, 0, 30), night);
    expect(iso(sim.state.wakeAt)).toBe('2026-03-29T00:00:00.000Z');
    sim.advanceTo(Date.parse('2026-03-29T00:00:00.000Z'));
    expect(sim.state.stage.name).toBe('sitting');
    expect(iso(sim.state.wakeAt)).toBe('2026-03-29T00:20:00.000Z');
    sim.advanceTo(Date.parse('2026-03-29T02:00:00.000Z')); // 04:00 CEST
    expect(sim.state.stage.name).toBe('off-hours');
  });

  it('reduce never plans a wake before now across the DST nights', () => {
    const s = settingsWith({ workHours: { enabled: true, days: ['sun', 'mon'], start: '02:30', end: '03:30' } });
    for (const day of [at(2026, 3, 29, 0, 0), at(2026, 10, 25, 0, 0)]) {
      const sim = new Sim(day - HOUR, s);
      for (let t = day; t < day + 6 * HOUR; t += 7 * MINUTE) {
        const { state } = reduce(sim.state, { type: 'alarm' }, t, s);
        expect(state.wakeAt === null || state.wakeAt > t).toBe(true);
      }
      sim.advanceTo(day + 30 * HOUR);
      for (const step of sim.steps) expect(step.after.wakeAt === null || step.after.wakeAt > step.at).toBe(true);
    }
  });
});
