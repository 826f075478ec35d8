import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeFor, describeStatus } from '../../../src/core/schedule/status';
import { HOUR, MINUTE, SECOND, Sim, settingsWith, T0 } from './drive';

describe('describeStatus', () => {
  it('sitting: whole minutes sat, the next break and the minutes to it (rounded up)', () => {
    const sim = new Sim();
    const now = T0 + 7 * MINUTE + 30 * SECOND;
    expect(describeStatus(sim.state, sim.settings, now)).toEqual({
      stage: 'sitting',
      sittingMinutes: 7,
      next: { kind: 'micro', at: T0 + 20 * MINUTE, minutes: 13 },
      away: false,
      posture: null,
    });
  });

  it('sitting and away', () => {
    const sim = new Sim();
    sim.idle('locked', T0 + MINUTE);
    expect(describeStatus(sim.state, sim.settings, T0 + 2 * MINUTE)).toMatchObject({ stage: 'sitting', away: true });
  });

  it('sitting with both kinds off has no next break', () => {
    const settings = settingsWith({ stretchBreak: { enabled: false }, microBreak: { enabled: false } });
    const sim = new Sim(T0, settings);
    expect(describeStatus(sim.state, settings, T0)).toMatchObject({ stage: 'sitting', next: null });
  });

  it('an overdue break shows 0 minutes, never negative', () => {
    const sim = new Sim();
    expect(describeStatus(sim.state, sim.settings, T0 + 25 * MINUTE)).toMatchObject({ next: { minutes: 0 } });
  });

  it('prompted: which kind, since when', () => {
    const sim = new Sim().advanceTo(T0 + 20 * MINUTE);
    expect(describeStatus(sim.state, sim.settings, T0 + 21 * MINUTE)).toEqual({
      stage: 'prompted',
      kind: 'micro',
      since: T0 + 20 * MINUTE,
    });
  });

  it('taking: seconds left, rounded up and never negative', () => {
    const sim = new Sim();
    sim.act({ type: 'start', kind: 'micro' }, T0);
    expect(describeStatus(sim.state, sim.settings, T0 + 500)).toEqual({
      stage: 'taking',
      kind: 'micro',
      endsAt: T0 + 20 * SECOND,
      secondsLeft: 20,
    });
    expect(describeStatus(sim.state, sim.settings, T0 + MINUTE)).toMatchObject({ secondsLeft: 0 });
  });

  it('paused: until when, or null for open-ended', () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: '1h' }, T0);
    expect(describeStatus(sim.state, sim.settings, T0 + MINUTE)).toEqual({ stage: 'paused', until: T0 + HOUR });
    sim.act({ type: 'pause', for: 'resumed' }, T0 + MINUTE);
    expect(describeStatus(sim.state, sim.settings, T0 + 9 * HOUR)).toEqual({ stage: 'paused', until: null });
  });

  it('a pause that has run out shows as sitting before the worker catches up', () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: '30m' }, T0);
    expect(describeStatus(sim.state, sim.settings, T0 + 31 * MINUTE)).toMatchObject({ stage: 'sitting' });
  });

  it('off-hours: when work resumes', () => {
    const settings = settingsWith({ workHours: { enabled: true } });
    const evening = new Date(2026, 2, 6, 19, 0).getTime(); // Friday
    const sim = new Sim(evening, settings);
    const monday9 = new Date(2026, 2, 9, 9, 0).getTime();
    expect(describeStatus(sim.state, settings, evening)).toEqual({ stage: 'off-hours', resumesAt: monday9 });
    // A stored 'sitting' state read after work hours ended is shown as off-hours too.
    const day = new Sim(new Date(2026, 2, 6, 17, 0).getTime(), settings);
    expect(describeStatus(day.state, settings, evening)).toEqual({ stage: 'off-hours', resumesAt: monday9 });
  });
});

describe('badgeFor', () => {
  it('shows the minutes to the stretch break rounded up to 5-minute steps', () => {
    const sim = new Sim();
    const badge = (afterMs: number) => badgeFor(sim.state, sim.settings, T0 + afterMs).text;
    expect(badge(0)).toBe('50m');
    expect(badge(1)).toBe('50m');
    expect(badge(5 * MINUTE)).toBe('45m');
    expect(badge(5 * MINUTE + 1)).toBe('45m');
    expect(badge(4 * MINUTE + 59 * SECOND)).toBe('50m');
    expect(badge(44 * MINUTE)).toBe('10m');
    expect(badge(45 * MINUTE)).toBe('5m');
    expect(badge(49 * MINUTE + 59 * SECOND)).toBe('5m');
    expect(badge(50 * MINUTE)).toBe('5m'); // due: the smallest step, never 0m
    expect(badgeFor(sim.state, sim.settings, T0).tone).toBe('normal');
  });

  it('follows the micro-break when stretch breaks are off', () => {
    const sim = new Sim(T0, settingsWith({ stretchBreak: { enabled: false } }));
    expect(badgeFor(sim.state, sim.settings, T0 + 3 * MINUTE).text).toBe('20m');
  });

  it("shows '!' while a prompt waits", () => {
    const sim = new Sim().advanceTo(T0 + 20 * MINUTE);
    expect(badgeFor(sim.state, sim.settings, sim.now)).toEqual({ text: '!', tone: 'attention' });
  });

  it("shows '||' while paused", () => {
    const sim = new Sim();
    sim.act({ type: 'pause', for: '2h' });
    expect(badgeFor(sim.state, sim.settings, T0 + HOUR)).toEqual({ text: '||', tone: 'quiet' });
  });

  it('is blank during a break, off hours, while away or with nothing on', () => {
    const taking = new Sim();
    taking.act({ type: 'start' });
    expect(badgeFor(taking.state, taking.settings, T0)).toEqual({ text: '', tone: 'normal' });
    const office = settingsWith({ workHours: { enabled: true } });
    const evening = new Sim(new Date(2026, 2, 2, 20, 0).getTime(), office);
    expect(badgeFor(evening.state, office, evening.now)).toEqual({ text: '', tone: 'quiet' });
    const away = new Sim();
    away.idle('locked', T0 + MINUTE);
    expect(badgeFor(away.state, away.settings, T0 + MINUTE)).toEqual({ text: '', tone: 'quiet' });
    const off = settingsWith({ stretchBreak: { enabled: false }, microBreak: { enabled: false } });
    expect(badgeFor(new Sim(T0, off).state, off, T0)).toEqual({ text: '', tone: 'quiet' });
  });

  it('is an upper bound on the minutes left, less than 5 minutes over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 240 }), fc.integer({ min: 0, max: 240 * MINUTE }), (every, elapsed) => {
        const settings = settingsWith({ stretchBreak: { everyMinutes: every } });
        const sim = new Sim(T0, settings);
        const left = Math.max(0, every * MINUTE - elapsed);
        const text = badgeFor(sim.state, settings, T0 + elapsed).text;
        const shown = Number(text.replace('m', '')) * MINUTE;
        expect(text).toMatch(/^\d+m$/);
        expect(shown % (5 * MINUTE)).toBe(0);
        expect(shown).toBeGreaterThanOrEqual(left);
        expect(shown - left).toBeLessThan(5 * MINUTE + (left === 0 ? 1 : 0));
      }),
      { numRuns: 300 },
    );
  });
});
