import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../src/core/schedule/initial-state';
import { parseEngineState } from '../../../src/core/schedule/parse-state';
import type { EngineState } from '../../../src/core/schedule/types';
import { arbScenario, simulate } from './arbitraries';
import { HOUR, MINUTE, Sim, settingsWith, T0 } from './drive';

const NOW = T0 + 5 * HOUR;

/** True when `v` has exactly the shape of an EngineState with plausible instants. */
function isEngineState(v: EngineState): boolean {
  const time = (t: unknown) => typeof t === 'number' && Number.isFinite(t) && t >= 0;
  const timer = (t: EngineState['timers']['micro']) =>
    time(t.anchor) &&
    (t.snoozedUntil === null || time(t.snoozedUntil)) &&
    Number.isInteger(t.snoozes) &&
    t.snoozes >= 0;
  const st = v.stage;
  const stageOk =
    st.name === 'sitting' ||
    st.name === 'off-hours' ||
    (st.name === 'prompted' && (st.kind === 'micro' || st.kind === 'stretch') && time(st.at)) ||
    (st.name === 'taking' && time(st.startedAt) && time(st.endsAt)) ||
    (st.name === 'paused' &&
      time(st.since) &&
      (st.until === null || time(st.until)) &&
      time(st.frozen.sittingMs) &&
      time(st.frozen.elapsed.stretch) &&
      time(st.frozen.elapsed.micro));
  return (
    v.version === 1 &&
    stageOk &&
    time(v.sittingSince) &&
    time(v.lastEventAt) &&
    (v.awaySince === null || time(v.awaySince)) &&
    (v.wakeAt === null || time(v.wakeAt)) &&
    timer(v.timers.stretch) &&
    timer(v.timers.micro)
  );
}

describe('parseEngineState', () => {
  it('keeps state saved before sit–stand–move existed, taking the person to be sitting', () => {
    const sim = new Sim();
    sim.advanceTo(T0 + 30 * MINUTE);
    const { posture: _dropped, ...older } = sim.state;
    const { state, repaired } = parseEngineState(JSON.parse(JSON.stringify(older)), NOW);
    expect(repaired).toBe(false);
    expect(state).toEqual({ ...sim.state, posture: { phase: 'sit', since: sim.state.sittingSince } });
  });

  it('starts fresh, unrepaired, when nothing was stored', () => {
    expect(parseEngineState(undefined, NOW)).toEqual({ state: initialState(NOW), repaired: false });
  });

  it.each([[null], [42], ['state'], [[]], [{}], [{ version: 2, timers: {} }], [{ version: 1, timers: [] }]])(
    'starts fresh, marked repaired, from %j',
    (raw) => {
      expect(parseEngineState(raw, NOW)).toEqual({ state: initialState(NOW), repaired: true });
    },
  );

  it('starts fresh when any one field is broken', () => {
    const good = JSON.parse(JSON.stringify(new Sim().advanceTo(T0 + 20 * MINUTE).state)) as EngineState;
    expect(parseEngineState(good, NOW)).toEqual({ state: good, repaired: false });
    /** [path, value]: the field at `path` set to `value`, or deleted when value is DELETE. */
    const DELETE = Symbol('delete');
    const breakages: Array<[string[], unknown]> = [
      [['sittingSince'], DELETE],
      [['sittingSince'], -1],
      [['lastEventAt'], 'now'],
      [['awaySince'], undefined],
      [['wakeAt'], Number.NaN],
      [['version'], 2],
      [['stage'], { name: 'dancing' }],
      [['stage'], { name: 'prompted', kind: 'nap', at: 1 }],
      [['stage'], { name: 'taking', kind: 'micro', startedAt: 1 }],
      [['stage'], { name: 'paused', since: 1, until: null, frozen: { sittingMs: 1, elapsed: {} } }],
      [['stage'], 'sitting'],
      [['timers', 'micro', 'snoozes'], 1.5],
      [['timers', 'micro', 'snoozes'], -1],
      [['timers', 'stretch', 'anchor'], null],
      [['timers', 'stretch', 'snoozedUntil'], '5'],
      [['timers', 'micro'], DELETE],
    ];
    for (const [path, value] of breakages) {
      const raw = structuredClone(good) as unknown as Record<string, unknown>;
      let obj = raw;
      for (const key of path.slice(0, -1)) obj = obj[key] as Record<string, unknown>;
      const last = path.at(-1) as string;
      if (value === DELETE) delete obj[last];
      else obj[last] = value;
      expect(parseEngineState(raw, NOW), path.join('.')).toEqual({ state: initialState(NOW), repaired: true });
    }
  });

  it('reads every stage back', () => {
    const sims = [
      new Sim(),
      new Sim().advanceTo(T0 + 20 * MINUTE),
      (() => {
        const s = new Sim();
        s.act({ type: 'start' });
        return s;
      })(),
      (() => {
        const s = new Sim();
        s.act({ type: 'pause', for: '1h' }, T0 + 5 * MINUTE);
        return s;
      })(),
      (() => {
        const s = new Sim();
        s.act({ type: 'pause', for: 'resumed' }, T0 + 5 * MINUTE);
        s.idle('locked');
        return s;
      })(),
      new Sim(new Date(2026, 2, 2, 20, 0).getTime(), settingsWith({ workHours: { enabled: true } })),
    ];
    expect(sims.map((s) => s.state.stage.name)).toEqual([
      'sitting',
      'prompted',
      'taking',
      'paused',
      'paused',
      'off-hours',
    ]);
    for (const { state } of sims) {
      expect(parseEngineState(JSON.parse(JSON.stringify(state)), NOW)).toEqual({ state, repaired: false });
    }
  });

  it('never throws on garbage, and always yields a valid state', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { state, repaired } = parseEngineState(raw, NOW);
        expect(isEngineState(state)).toBe(true);
        if (repaired) expect(state).toEqual(initialState(NOW));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on state-shaped garbage', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.anything());
    const time = maybe(fc.oneof(fc.nat(), fc.constant(null), fc.double()));
    const timer = maybe(fc.record({ anchor: time, snoozedUntil: time, snoozes: maybe(fc.nat(3)) }));
    const stage = maybe(
      fc.record({
        name: maybe(fc.constantFrom('sitting', 'prompted', 'taking', 'paused', 'off-hours')),
        kind: maybe(fc.constantFrom('micro', 'stretch')),
        at: time,
        startedAt: time,
        endsAt: time,
        since: time,
        until: time,
        frozen: maybe(fc.record({ sittingMs: time, elapsed: maybe(fc.record({ stretch: time, micro: time })) })),
      }),
    );
    const raw = fc.record({
      version: maybe(fc.constant(1)),
      stage,
      sittingSince: time,
      timers: maybe(fc.record({ stretch: timer, micro: timer })),
      awaySince: time,
      wakeAt: time,
      lastEventAt: time,
    });
    fc.assert(
      fc.property(raw, (r) => {
        const { state, repaired } = parseEngineState(r, NOW);
        expect(isEngineState(state)).toBe(true);
        if (!repaired) expect(parseEngineState(JSON.parse(JSON.stringify(state)), NOW).state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every state the engine produces through JSON unchanged', () => {
    fc.assert(
      fc.property(arbScenario(), (scenario) => {
        const sim = simulate(scenario);
        for (const step of sim.steps) {
          const stored = JSON.parse(JSON.stringify(step.after));
          expect(isEngineState(step.after)).toBe(true);
          expect(parseEngineState(stored, step.at)).toEqual({ state: step.after, repaired: false });
        }
      }),
      { numRuns: 100 },
    );
  });
});
