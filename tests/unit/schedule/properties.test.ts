import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextBreak } from '../../../src/core/schedule/timers';
import { BREAK_KINDS, type Effect } from '../../../src/core/schedule/types';
import { MINUTE } from '../../../src/core/time/local-time';
import { isWorkTime } from '../../../src/core/time/work-hours';
import { arbOp, arbScenario, arbSettings, type Scenario, simulate } from './arbitraries';
import { HOUR, Sim, type Step, T0 } from './drive';

// PROPERTY_RUNS=5000 npx vitest run --project unit properties  searches harder.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const prompts = (effects: Effect[]) => effects.filter((e) => e.type === 'prompt');
const recordsOf = (effects: Effect[], what: string) =>
  effects.filter((e) => e.type === 'record' && e.record.what === what);
const isAction = (step: Step, ...types: string[]) =>
  step.event.type === 'action' && types.includes(step.event.action.type);
/** How far the wall clock was set back before this step (0 when it was not). */
const setBack = (step: Step) => Math.max(0, step.before.lastEventAt - step.at);

/** Runs a scenario and checks `check` on every step, naming the step when it fails. */
function everyStep(scenario: Scenario, check: (step: Step, index: number, sim: Sim) => void): void {
  const sim = simulate(scenario);
  sim.steps.forEach((step, i) => {
    try {
      check(step, i, sim);
    } catch (error) {
      const where = `step ${i} at +${((step.at - scenario.start) / MINUTE).toFixed(2)} min: ${JSON.stringify(step.event)}`;
      throw new Error(
        `${where}\nbefore ${JSON.stringify(step.before)}\neffects ${JSON.stringify(step.effects)}\n${error}`,
      );
    }
  });
}

describe('engine properties over random days', { timeout: 20_000 + RUNS * 100 }, () => {
  it('1. a due break is prompted once: a prompt shows exactly while the stage is prompted', () => {
    fc.assert(
      fc.property(arbScenario(), (scenario) => {
        let showing: Effect | null = null;
        everyStep(scenario, (step) => {
          expect(prompts(step.effects).length).toBeLessThanOrEqual(1);
          const before = step.before.stage;
          for (const effect of step.effects) {
            if (effect.type === 'clear-prompt') {
              expect(showing).not.toBeNull(); // nothing is withdrawn that was not shown
              showing = null;
            }
            if (effect.type === 'prompt') {
              expect(showing).toBeNull(); // never two prompts without a withdrawal between
              // …and never a prompt for the kind already prompted, unless that one was withdrawn first.
              if (before.name === 'prompted' && before.kind === effect.kind) {
                expect(step.effects.findIndex((e) => e.type === 'clear-prompt')).toBeGreaterThanOrEqual(0);
              }
              showing = effect;
            }
          }
          expect(showing !== null).toBe(step.after.stage.name === 'prompted');
          if (showing && step.after.stage.name === 'prompted') {
            expect(step.after.stage.kind).toBe((showing as { kind: string }).kind);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('2. no prompt while paused, outside work hours, away, or for a kind that is off', () => {
    fc.assert(
      fc.property(arbScenario(), (scenario) => {
        everyStep(scenario, (step) => {
          const b = step.before.stage;
          const pauseRunning = b.name === 'paused' && (b.until === null || b.until - setBack(step) > step.at);
          if (pauseRunning && !isAction(step, 'resume', 'start')) {
            expect(step.after.stage.name).toBe('paused');
          }
          const after = step.after.stage;
          if (after.name === 'paused') {
            // The worker wakes when the pause ends (at least a second on, never in the past).
            expect(step.after.wakeAt).toBe(after.until === null ? null : Math.max(after.until, step.at + 1000));
          }
          for (const p of prompts(step.effects)) {
            if (p.type !== 'prompt') continue;
            if (pauseRunning) expect(isAction(step, 'resume')).toBe(true); // a break due at the pause comes back
            expect(isWorkTime(step.settings.workHours, step.at)).toBe(true);
            expect(step.after.awaySince).toBeNull();
            expect(step.settings[p.kind === 'stretch' ? 'stretchBreak' : 'microBreak'].enabled).toBe(true);
            expect(step.after.stage).toEqual({ name: 'prompted', kind: p.kind, at: step.at });
            expect(recordsOf(step.effects, 'prompted')).toEqual([
              { type: 'record', record: { what: 'prompted', kind: p.kind, at: step.at } },
            ]);
            const left = step.settings.snooze.maxPerBreak - step.after.timers[p.kind].snoozes;
            expect(p.snoozesLeft).toBe(Math.max(0, left));
          }
          if (!isWorkTime(step.settings.workHours, step.at)) {
            expect(['sitting', 'prompted']).not.toContain(step.after.stage.name);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('3. wakeAt is null or later than now after every event, and every stored instant is not in the future', () => {
    fc.assert(
      fc.property(arbScenario(), (scenario) => {
        everyStep(scenario, ({ at, after }) => {
          expect(after.lastEventAt).toBe(at);
          if (after.wakeAt !== null) expect(after.wakeAt).toBeGreaterThan(at);
          expect(after.sittingSince).toBeLessThanOrEqual(at);
          if (after.awaySince !== null) expect(after.awaySince).toBeLessThanOrEqual(at);
          for (const kind of BREAK_KINDS) expect(after.timers[kind].anchor).toBeLessThanOrEqual(at);
          const st = after.stage;
          if (st.name === 'prompted') expect(st.at).toBeLessThanOrEqual(at);
          if (st.name === 'taking') expect(st.startedAt).toBeLessThanOrEqual(at);
          if (st.name === 'paused') expect(st.since).toBeLessThanOrEqual(at);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('4. a snooze is counted only when the person snoozes, and never beyond snooze.maxPerBreak', () => {
    fc.assert(
      fc.property(arbScenario(), (scenario) => {
        everyStep(scenario, (step) => {
          const snoozed = recordsOf(step.effects, 'snoozed');
          for (const kind of BREAK_KINDS) {
            const was = step.before.timers[kind].snoozes;
            const is = step.after.timers[kind].snoozes;
            if (is > was) {
              expect(isAction(step, 'snooze')).toBe(true);
              expect(is).toBe(was + 1);
              expect(is).toBeLessThanOrEqual(step.settings.snooze.maxPerBreak);
              expect(snoozed).toHaveLength(1);
            }
          }
          const b = step.before.stage;
          const a = step.after.stage;
          const refused = isAction(step, 'snooze') && snoozed.length === 0 && setBack(step) === 0;
          if (refused && b.name === 'prompted' && a.name === 'prompted') {
            // A refused snooze leaves the prompt showing, as it was.
            expect(a).toEqual(b);
            expect(step.effects).toEqual([]);
            expect(step.after.timers).toEqual(step.before.timers);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('5. a gap after wakeAt is one natural break and no prompt; a clock set back changes nothing due', () => {
    fc.assert(
      fc.property(arbScenario(), (scenario) => {
        everyStep(scenario, (step) => {
          expect(recordsOf(step.effects, 'natural').length).toBeLessThanOrEqual(1);
          const gap = Math.max(step.settings.idleResetMinutes * MINUTE, 2 * MINUTE);
          const { before } = step;
          if (before.wakeAt !== null && step.at - before.wakeAt > gap) {
            expect(prompts(step.effects)).toEqual([]);
            if (before.stage.name !== 'off-hours') expect(recordsOf(step.effects, 'natural')).toHaveLength(1);
          }
          if (setBack(step) > 0) {
            expect(step.after.wakeAt === null || step.after.wakeAt >= step.at).toBe(true);
            if (step.event.type === 'alarm' || step.event.type === 'start') {
              // Nothing falls due; only a wall clock now outside work hours can withdraw a prompt.
              const expected = isWorkTime(step.settings.workHours, step.at) ? [] : [{ type: 'clear-prompt' }];
              if (before.stage.name !== 'prompted') expected.length = 0;
              // Leaving work hours also ends the day's sitting stretch: at most one report of it.
              expect(step.effects.filter((e) => e.type === 'sat').length).toBeLessThanOrEqual(1);
              expect(step.effects.filter((e) => e.type !== 'sat')).toEqual(expected);
              const was = nextBreak(before, step.settings);
              const is = nextBreak(step.after, step.settings);
              if (before.stage.name === 'sitting' && step.after.stage.name === 'sitting' && was && is) {
                expect(is.at - step.at).toBe(was.at - before.lastEventAt);
              }
            }
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('6. a natural break resets everything, and the next prompt is a full interval away', () => {
    fc.assert(
      fc.property(arbScenario(), (scenario) => {
        everyStep(scenario, (step) => {
          if (recordsOf(step.effects, 'natural').length === 0) return;
          const { after, at } = step;
          if (after.stage.name === 'paused') return; // resumes fresh later
          expect(after.sittingSince).toBe(at);
          for (const kind of BREAK_KINDS) {
            expect(after.timers[kind]).toEqual({ anchor: at, snoozedUntil: null, snoozes: 0 });
          }
          expect(prompts(step.effects)).toEqual([]);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('7. reduce is pure: the same inputs give the same outputs, and the input state is not changed', () => {
    fc.assert(
      fc.property(arbScenario(30), (scenario) => {
        const a = simulate(scenario);
        const b = simulate(scenario);
        expect(b.steps.map((s) => [s.at, s.after, s.effects])).toEqual(a.steps.map((s) => [s.at, s.after, s.effects]));
        for (let i = 1; i < a.steps.length; i++) {
          expect(a.steps[i]?.before).toBe(a.steps[i - 1]?.after);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('8. the worker sleeps between events: no alarm fires without a purpose for long', () => {
    fc.assert(
      fc.property(arbSettings, fc.integer({ min: 0, max: 24 * HOUR }), (settings, offset) => {
        const sim = new Sim(T0 + offset, settings);
        sim.advanceTo(T0 + offset + 12 * HOUR);
        // An idle day with nobody answering: at most a prompt and its lapse per interval, plus
        // the work-hours edges, never a busy loop.
        const intervals = [settings.microBreak.everyMinutes, settings.stretchBreak.everyMinutes];
        const bound = (2 * 12 * 60) / Math.min(...intervals) + 8;
        expect(sim.steps.length).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 200 },
    );
  });

  it('9. replaying an op list one op longer extends the history without rewriting it', () => {
    fc.assert(
      fc.property(arbScenario(20), arbOp, (scenario, extra) => {
        const a = simulate(scenario);
        const b = simulate({ ...scenario, ops: [...scenario.ops, extra] });
        expect(b.steps.slice(0, a.steps.length).map((s) => s.after)).toEqual(a.steps.map((s) => s.after));
      }),
      { numRuns: 100 },
    );
  });
});
