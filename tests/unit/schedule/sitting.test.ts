import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../../src/core/schedule/types';
import { arbScenario, simulate } from './arbitraries';
import { MINUTE, Sim, T0 } from './drive';

type Sat = Extract<Effect, { type: 'sat' }>;
const sats = (effects: Effect[]) => effects.filter((e): e is Sat => e.type === 'sat');

describe('sitting stretches for the history', () => {
  it('are not ended by a skipped break or an eye rest, only by a taken stretch break', () => {
    const sim = new Sim();
    sim.advanceTo(T0 + 20 * MINUTE);
    sim.act({ type: 'start' });
    sim.act({ type: 'finish' }, T0 + 21 * MINUTE); // an eye rest
    sim.advanceTo(T0 + 50 * MINUTE);
    sim.act({ type: 'skip' });
    expect(sats(sim.effects().map((e) => e.effect))).toEqual([]);
    sim.advanceTo(T0 + 100 * MINUTE);
    sim.act({ type: 'start', kind: 'stretch' }, T0 + 101 * MINUTE);
    sim.act({ type: 'finish' }, T0 + 106 * MINUTE);
    expect(sats(sim.effects().map((e) => e.effect))).toEqual([{ type: 'sat', minutes: 101, at: T0 + 101 * MINUTE }]);
  });

  it('never overlap and never run into the future, over any random day', () => {
    fc.assert(
      fc.property(arbScenario(), (scenario) => {
        const sim = simulate(scenario);
        let lastEnd = Number.NEGATIVE_INFINITY;
        let lastAt = Number.NEGATIVE_INFINITY;
        for (const step of sim.steps) {
          // A clock set back moves every stored instant: compare only within one timeline.
          if (step.at < lastAt) lastEnd = Number.NEGATIVE_INFINITY;
          lastAt = step.at;
          for (const sat of sats(step.effects)) {
            expect(sat.minutes).toBeGreaterThanOrEqual(1);
            expect(sat.at).toBeLessThanOrEqual(step.at);
            expect(sat.at - sat.minutes * MINUTE).toBeGreaterThanOrEqual(lastEnd - MINUTE); // whole minutes, floored
            lastEnd = sat.at;
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
