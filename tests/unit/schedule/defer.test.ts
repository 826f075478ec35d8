import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFER_CHECK_MS, deferralOf, defersFor } from '../../../src/core/schedule/defer';
import { parseEngineState } from '../../../src/core/schedule/parse-state';
import { badgeFor, describeStatus } from '../../../src/core/schedule/status';
import type { Busy, BusyReason, Deferral, EngineEvent, EngineState } from '../../../src/core/schedule/types';
import type { Settings } from '../../../src/core/settings/defaults';
import { statusText } from '../../../src/shared/status-text';
import { arbScenario, arbSettings, type Op, play } from './arbitraries';
import { HOUR, MINUTE, SECOND, Sim, type Step, settingsWith, T0 } from './drive';

// PROPERTY_RUNS=5000 npx vitest run --project unit defer  searches harder.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/**
 * The simulator with a worker that looks: every wake ('alarm', 'start') carries what `busyAt`
 * says the person was doing at that instant, as src/background/run-event.ts passes it.
 */
class BusySim extends Sim {
  busyAt?: (at: number) => Busy;

  override dispatch(event: EngineEvent, at: number): Step {
    const busy = this.busyAt?.(at);
    const wake = (event.type === 'alarm' || event.type === 'start') && busy !== undefined;
    return super.dispatch(wake ? { ...event, busy } : event, at);
  }
}

function busySim(settings: Settings, busyAt: (at: number) => Busy, start = T0): BusySim {
  const sim = new BusySim(start, settings);
  sim.busyAt = busyAt;
  return sim;
}

/** Busy with `reason` from `from` until `to` (exclusive), free otherwise. */
const busyBetween =
  (from: number, to: number, reason: BusyReason = 'fullscreen') =>
  (at: number): Busy =>
    at >= from && at < to ? reason : null;

const eyesOnly = (defer: Partial<Settings['defer']> = {}) => settingsWith({ stretchBreak: { enabled: false }, defer });

const deferredOf = (state: EngineState) => deferralOf(state.stage) ?? null;
const promptsOf = (step: Step) => step.effects.filter((e) => e.type === 'prompt');
const isWake = (step: Step) => step.event.type === 'alarm' || step.event.type === 'start';
const busyOf = (step: Step): Busy | undefined =>
  step.event.type === 'alarm' || step.event.type === 'start' ? step.event.busy : undefined;
/** How far the wall clock was set back before this step (0 when it was not). */
const setBack = (step: Step) => Math.max(0, step.before.lastEventAt - step.at);
/** The wait the step began with, as the engine sees it once a clock set back is allowed for. */
const waitBefore = (step: Step): Deferral | null => {
  const d = deferredOf(step.before);
  return d && { ...d, since: d.since - setBack(step) };
};

describe('a break that falls due while the person is busy', () => {
  it('waits without a prompt or a record, and is prompted at the first look after full screen ends', () => {
    const sim = busySim(eyesOnly(), busyBetween(T0 + 15 * MINUTE, T0 + 33 * MINUTE + 30 * SECOND));
    sim.advanceTo(T0 + 33 * MINUTE);
    expect(sim.prompts()).toEqual([]);
    expect(sim.records()).toEqual([]);
    expect(deferredOf(sim.state)).toEqual({ since: T0 + 20 * MINUTE, reason: 'fullscreen' });
    sim.advanceTo(T0 + 40 * MINUTE);
    expect(sim.prompts().map((p) => p.at)).toEqual([T0 + 34 * MINUTE]);
    expect(sim.records().map((r) => [r.what, r.at])).toEqual([['prompted', T0 + 34 * MINUTE]]);
    expect(deferredOf(sim.state)).toBeNull();
  });

  it('wakes once a minute while it waits, on the minute counted from the due time', () => {
    const sim = busySim(eyesOnly(), busyBetween(T0, T0 + 26 * MINUTE));
    sim.advanceTo(T0 + 30 * MINUTE);
    const wakes = sim.steps.filter((s) => s.event.type === 'alarm').map((s) => (s.at - T0) / MINUTE);
    expect(wakes).toEqual([20, 21, 22, 23, 24, 25, 26]);
    expect(sim.prompts().map((p) => (p.at - T0) / MINUTE)).toEqual([26]);
  });

  it('is prompted anyway when the cap is reached', () => {
    const sim = busySim(eyesOnly({ maxMinutes: 30 }), () => 'meeting');
    sim.settings = eyesOnly({ meetings: true, maxMinutes: 30 });
    sim.advanceTo(T0 + 3 * HOUR);
    // Due at 20, prompted at the cap (50), withdrawn unanswered at 70 (one interval), due again at
    // 90 and so on: a long meeting never swallows a break.
    expect(sim.prompts().map((p) => (p.at - T0) / MINUTE)).toEqual([50, 120]);
  });

  it('does not wait when waiting is off for that reason', () => {
    const fullscreenOff = busySim(eyesOnly({ fullscreen: false }), () => 'fullscreen');
    fullscreenOff.advanceTo(T0 + 21 * MINUTE);
    expect(fullscreenOff.prompts().map((p) => p.at)).toEqual([T0 + 20 * MINUTE]);
    const meetingsOff = busySim(eyesOnly({ meetings: false }), () => 'meeting');
    meetingsOff.advanceTo(T0 + 21 * MINUTE);
    expect(meetingsOff.prompts().map((p) => p.at)).toEqual([T0 + 20 * MINUTE]);
  });

  it('keeps its start and cap when the reason changes, and ends when the new reason is off', () => {
    const sim = busySim(eyesOnly({ meetings: true }), (at) => (at < T0 + 25 * MINUTE ? 'fullscreen' : 'meeting'));
    sim.advanceTo(T0 + 27 * MINUTE);
    expect(deferredOf(sim.state)).toEqual({ since: T0 + 20 * MINUTE, reason: 'meeting' });
    sim.changeSettings(eyesOnly({ meetings: false }), T0 + 27 * MINUTE + 10 * SECOND);
    expect(sim.prompts().map((p) => p.at)).toEqual([T0 + 27 * MINUTE + 10 * SECOND]);
  });

  it('goes on through events that bring no finding, and a settings change keeps its place', () => {
    const sim = busySim(eyesOnly(), busyBetween(T0, T0 + HOUR));
    sim.advanceTo(T0 + 22 * MINUTE + 30 * SECOND);
    sim.idle('locked');
    sim.idle('active', T0 + 24 * MINUTE); // a short lock is no natural break
    sim.changeSettings(eyesOnly({ maxMinutes: 10 }), T0 + 25 * MINUTE);
    expect(sim.prompts()).toEqual([]);
    expect(deferredOf(sim.state)).toEqual({ since: T0 + 20 * MINUTE, reason: 'fullscreen' });
    sim.advanceTo(T0 + 31 * MINUTE);
    expect(sim.prompts().map((p) => (p.at - T0) / MINUTE)).toEqual([30]); // the new cap, from the old start
  });

  it('never begins on an event without a finding', () => {
    // A person who pauses during a wait and resumes gets the break at once: there was no look.
    const sim = busySim(eyesOnly(), () => 'fullscreen');
    sim.act({ type: 'pause', for: 'resumed' }, T0 + 25 * MINUTE);
    expect(deferredOf(sim.state)).toBeNull();
    sim.act({ type: 'resume' }, T0 + 40 * MINUTE);
    expect(sim.prompts().map((p) => p.at)).toEqual([T0 + 40 * MINUTE]);
  });

  it('ends with a natural break, the start of a break, or a pause, which take its place', () => {
    const away = busySim(eyesOnly(), () => 'fullscreen');
    away.advanceTo(T0 + 21 * MINUTE);
    away.idle('idle', T0 + 21 * MINUTE);
    away.idle('active', T0 + 30 * MINUTE);
    expect(deferredOf(away.state)).toBeNull();
    expect(away.records('natural')).toHaveLength(1);
    expect(away.state.wakeAt).toBe(T0 + 50 * MINUTE);

    const taken = busySim(eyesOnly(), () => 'fullscreen');
    taken.advanceTo(T0 + 21 * MINUTE);
    taken.act({ type: 'start' });
    expect(taken.state.stage).toMatchObject({ name: 'taking', kind: 'micro' });

    const paused = busySim(eyesOnly(), () => 'fullscreen');
    paused.advanceTo(T0 + 21 * MINUTE);
    paused.act({ type: 'pause', for: '30m' });
    expect(paused.state.stage.name).toBe('paused');
  });

  it('moves back with a clock set back, keeping the time it has waited', () => {
    const sim = busySim(eyesOnly(), () => 'fullscreen');
    sim.advanceTo(T0 + 25 * MINUTE);
    sim.dispatch({ type: 'alarm' }, T0 + 15 * MINUTE);
    expect(deferredOf(sim.state)).toEqual({ since: T0 + 10 * MINUTE, reason: 'fullscreen' });
  });

  it('is stored and read back; an unreadable wait is dropped, not the state', () => {
    const sim = busySim(eyesOnly(), () => 'fullscreen');
    sim.advanceTo(T0 + 21 * MINUTE);
    const stored = JSON.parse(JSON.stringify(sim.state));
    expect(parseEngineState(stored, T0 + 21 * MINUTE)).toEqual({ state: sim.state, repaired: false });
    stored.stage.deferred.reason = 'lunch';
    const read = parseEngineState(stored, T0 + 21 * MINUTE);
    expect(read.state.stage).toEqual({ name: 'sitting' });
    expect(read.state.timers).toEqual(sim.state.timers);
  });

  it('tells the popup and the badge that the break is waiting, and why', () => {
    const settings = settingsWith({ microBreak: { enabled: false }, defer: { meetings: true } });
    const sim = busySim(settings, () => 'meeting');
    sim.advanceTo(T0 + 51 * MINUTE);
    const status = describeStatus(sim.state, settings, sim.now);
    expect(status).toMatchObject({ stage: 'sitting', deferred: 'meeting', next: { kind: 'stretch', minutes: 0 } });
    expect(statusText(status, sim.now)).toBe('Stretch break waiting until your meeting ends');
    expect(badgeFor(sim.state, settings, sim.now)).toEqual({ text: '…', tone: 'quiet' });
    const free = new Sim(T0, settings);
    expect(describeStatus(free.state, settings, T0)).not.toHaveProperty('deferred');
  });
});

/** A day of busy and free stretches, from 10 seconds to 40 minutes each, from `start` on. */
const arbTimeline = fc.array(
  fc.record({
    ms: fc.integer({ min: 10 * SECOND, max: 40 * MINUTE }),
    busy: fc.constantFrom<Busy>(null, null, 'fullscreen', 'meeting'),
  }),
  { minLength: 1, maxLength: 40 },
);

function timeline(start: number, parts: Array<{ ms: number; busy: Busy }>): (at: number) => Busy {
  const ends: Array<{ until: number; busy: Busy }> = [];
  let t = start;
  for (const p of parts) {
    t += p.ms;
    ends.push({ until: t, busy: p.busy });
  }
  return (at) => ends.find((e) => at < e.until)?.busy ?? null;
}

const arbDefer: fc.Arbitrary<Settings['defer']> = fc.record({
  fullscreen: fc.boolean(),
  meetings: fc.boolean(),
  maxMinutes: fc.integer({ min: 1, max: 60 }),
});

/** Random days (actions, idle, sleep, clocks set back, settings changes) with a busy timeline. */
const arbBusyDay = fc
  .tuple(arbScenario(), arbDefer, arbTimeline)
  .map(([scenario, defer, parts]) => ({ ...scenario, settings: { ...scenario.settings, defer }, parts }));

function playDay(day: { start: number; settings: Settings; ops: Op[]; parts: Array<{ ms: number; busy: Busy }> }) {
  return play(busySim(day.settings, timeline(day.start, day.parts), day.start), day.ops);
}

function everyStep(sim: Sim, check: (step: Step) => void): void {
  for (const [i, step] of sim.steps.entries()) {
    try {
      check(step);
    } catch (error) {
      throw new Error(
        `step ${i} at ${new Date(step.at).toISOString()}: ${JSON.stringify(step.event)}\nbefore ${JSON.stringify(step.before)}\nafter ${JSON.stringify(step.after)}\neffects ${JSON.stringify(step.effects)}\n${error}`,
      );
    }
  }
}

describe('deferral properties over random days', { timeout: 30_000 + RUNS * 200 }, () => {
  it('1. never prompts on a wake that found the person busy, unless the wait reached its cap', () => {
    fc.assert(
      fc.property(arbBusyDay, (day) => {
        everyStep(playDay(day), (step) => {
          const busy = busyOf(step);
          if (!busy || !defersFor(busy, step.settings) || promptsOf(step).length === 0) return;
          const wait = waitBefore(step);
          expect(wait).not.toBeNull();
          expect(step.at).toBeGreaterThanOrEqual((wait as Deferral).since + step.settings.defer.maxMinutes * MINUTE);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('2. a wake that finds the person free (or busy with something not waited for) ends the wait', () => {
    fc.assert(
      fc.property(arbBusyDay, (day) => {
        everyStep(playDay(day), (step) => {
          const busy = busyOf(step);
          if (isWake(step) && (busy === null || (busy && !defersFor(busy, step.settings)))) {
            expect(deferredOf(step.after)).toBeNull();
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('3. while a break waits at the desk the worker looks again within a minute, and no later than the cap', () => {
    fc.assert(
      fc.property(arbBusyDay, (day) => {
        everyStep(playDay(day), (step) => {
          const wait = deferredOf(step.after);
          // Away (idle or locked), the idle API wakes the worker: nothing is prompted until then anyway.
          if (!wait || step.after.awaySince !== null) return;
          const wakeAt = step.after.wakeAt as number;
          expect(wakeAt).toBeGreaterThan(step.at);
          expect(wakeAt - step.at).toBeLessThanOrEqual(DEFER_CHECK_MS);
          expect(step.at).toBeLessThan(wait.since + step.settings.defer.maxMinutes * MINUTE);
          // (Wakes keep a second apart, wake.ts: a wake in the last second before the cap comes a second on.)
          const cap = wait.since + step.settings.defer.maxMinutes * MINUTE;
          expect(wakeAt).toBeLessThanOrEqual(Math.max(cap, step.at + SECOND));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('4. waiting records nothing: a step that starts and ends in the same wait has no effect at all', () => {
    fc.assert(
      fc.property(arbBusyDay, (day) => {
        everyStep(playDay(day), (step) => {
          const before = waitBefore(step);
          const after = deferredOf(step.after);
          if (before && after && before.since === after.since) expect(step.effects).toEqual([]);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('5. with both switches off, being busy changes nothing at all', () => {
    fc.assert(
      fc.property(arbScenario(), arbTimeline, fc.integer({ min: 1, max: 120 }), (scenario, parts, maxMinutes) => {
        const settings = { ...scenario.settings, defer: { fullscreen: false, meetings: false, maxMinutes } };
        const ops = scenario.ops.map((op) =>
          op.t === 'settings' ? { ...op, settings: { ...op.settings, defer: settings.defer } } : op,
        );
        const busy = play(busySim(settings, timeline(scenario.start, parts), scenario.start), ops);
        const free = play(
          busySim(settings, () => null, scenario.start),
          ops,
        );
        expect(busy.steps.map((s) => [s.at, s.effects, s.after])).toEqual(
          free.steps.map((s) => [s.at, s.effects, s.after]),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('deferral over a working day where the person answers every prompt', { timeout: 30_000 + RUNS * 200 }, () => {
  const arbQuietDay = fc.record({
    settings: arbSettings.map((s) => ({ ...s, workHours: { ...s.workHours, enabled: false } })),
    defer: arbDefer,
    parts: arbTimeline,
    answerAfter: fc.integer({ min: 0, max: 3 * MINUTE }),
    answer: fc.constantFrom('start', 'skip', 'snooze' as const),
  });

  it('6. every wait ends in a prompt: at the first minute that finds the person free, or at the cap', () => {
    let worst = 0;
    fc.assert(
      fc.property(arbQuietDay, ({ settings: base, defer, parts, answerAfter, answer }) => {
        const settings = { ...base, defer };
        const busyAt = timeline(T0, parts);
        const sim = busySim(settings, busyAt);
        const end = T0 + parts.reduce((sum, p) => sum + p.ms, 0) + HOUR;
        while (sim.now < end && sim.state.wakeAt !== null) {
          const step = sim.nextAlarm() as Step;
          if (step.after.stage.name === 'prompted') {
            const at = sim.now + answerAfter;
            sim.act({ type: answer }, at);
            if (answer === 'start') sim.act({ type: 'finish' }, at + SECOND);
          }
        }
        everyStep(sim, (step) => {
          const wait = deferredOf(step.before);
          // (The person may also end a wait by starting a break, or pausing: their choice.)
          if (!wait || deferredOf(step.after) || !isWake(step)) return;
          // The wait ended at a wake: only with a prompt, never dropped.
          expect(promptsOf(step)).toHaveLength(1);
          const cap = wait.since + settings.defer.maxMinutes * MINUTE;
          const free = (at: number) => {
            const b = busyAt(at);
            return b === null || !defersFor(b, settings);
          };
          // The first of the wait's minutes that found the person free, or the cap.
          let expected = cap;
          for (let at = wait.since + DEFER_CHECK_MS; at < cap; at += DEFER_CHECK_MS) {
            if (free(at)) {
              expected = at;
              break;
            }
          }
          // Exactly then; a second later when another event fell in the second before (wakes keep a
          // second apart, wake.ts).
          expect(step.at).toBeGreaterThanOrEqual(expected);
          expect(step.at).toBeLessThanOrEqual(expected + SECOND);
          // How long after the person was free: the latest instant before the prompt they were not.
          if (expected < cap) {
            let freeSince = step.at;
            while (freeSince - SECOND >= wait.since && free(freeSince - SECOND)) freeSince -= SECOND;
            worst = Math.max(worst, step.at - freeSince);
          }
        });
      }),
      { numRuns: RUNS },
    );
    expect(worst).toBeLessThanOrEqual(DEFER_CHECK_MS + SECOND);
  });

  it('8. while a break waits, the worker wakes at most once in each minute of the wait', () => {
    fc.assert(
      fc.property(arbQuietDay, ({ settings: base, defer, parts }) => {
        const settings = { ...base, defer };
        const sim = busySim(settings, timeline(T0, parts));
        sim.advanceTo(T0 + 8 * HOUR);
        const seen = new Set<string>();
        for (const step of sim.steps) {
          const wait = deferredOf(step.before);
          if (!wait || step.event.type !== 'alarm') continue;
          const slot = `${wait.since}:${Math.floor((step.at - wait.since) / DEFER_CHECK_MS)}`;
          expect(seen.has(slot), slot).toBe(false);
          seen.add(slot);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('7. a wait begins only when a break falls due, so nothing is prompted late by more than the wait', () => {
    fc.assert(
      fc.property(arbQuietDay, ({ settings: base, defer, parts }) => {
        const settings = { ...base, defer };
        const sim = busySim(settings, timeline(T0, parts));
        sim.advanceTo(T0 + 8 * HOUR);
        everyStep(sim, (step) => {
          const after = deferredOf(step.after);
          if (after && !deferredOf(step.before)) expect(after.since).toBe(step.at);
        });
      }),
      { numRuns: RUNS },
    );
  });
});
