/**
 * A tiny simulator for the break engine: a fake clock (a number) and the one browser alarm the
 * worker keeps at state.wakeAt. Between the events a test sends, the alarm fires exactly at
 * wakeAt whenever that falls before the next event, as it does in the real worker. A machine that
 * sleeps (or a wall clock that jumps) is modelled by moving the clock without firing alarms.
 */

import { initialState } from '../../../src/core/schedule/initial-state';
import { reduce } from '../../../src/core/schedule/reduce';
import type {
  BreakKind,
  BreakRecord,
  Effect,
  EngineEvent,
  EngineState,
  RecordKind,
  UserAction,
} from '../../../src/core/schedule/types';
import { defaultSettings, type Settings } from '../../../src/core/settings/defaults';
import { MINUTE } from '../../../src/core/time/local-time';

export { MINUTE };
export const SECOND = 1000;
export const HOUR = 60 * MINUTE;

/** Monday 2 March 2026, 08:00 in Europe/Berlin (CET): a plain working day, far from DST. */
export const T0 = new Date(2026, 2, 2, 8, 0).getTime();

/** One call of reduce, as the simulator made it. */
export interface Step {
  at: number;
  event: EngineEvent;
  before: EngineState;
  after: EngineState;
  effects: Effect[];
  settings: Settings;
}

export interface SendOptions {
  /** The machine slept (or the clock jumped) since the last step: alarms due before `at` did not fire. */
  asleep?: boolean;
  /** New settings, in force from this event on (pair with a 'settings-changed' event). */
  settings?: Settings;
}

/** Cut-off so a bug that keeps waking the worker cannot hang a test. */
const MAX_ALARMS_PER_GAP = 100_000;

export class Sim {
  state: EngineState;
  now: number;
  settings: Settings;
  readonly steps: Step[] = [];

  /** Starts at `start` with a fresh state (or `state`) and, like the real worker, a 'start' event. */
  constructor(start = T0, settings: Settings = defaultSettings(), state?: EngineState) {
    this.now = start;
    this.settings = settings;
    this.state = state ?? initialState(start);
    this.dispatch({ type: 'start' }, start);
  }

  /** Moves the clock to `at`, firing the alarm at every wakeAt on the way (wakeAt <= at). */
  advanceTo(at: number): this {
    let fired = 0;
    while (this.state.wakeAt !== null && this.state.wakeAt <= at && this.state.wakeAt >= this.now) {
      if (++fired > MAX_ALARMS_PER_GAP) throw new Error('the alarm keeps firing');
      this.dispatch({ type: 'alarm' }, this.state.wakeAt);
    }
    if (at > this.now) this.now = at;
    return this;
  }

  /** Fires the one pending alarm, at wakeAt; null when none is set. */
  nextAlarm(): Step | null {
    const at = this.state.wakeAt;
    return at === null ? null : this.dispatch({ type: 'alarm' }, at);
  }

  /** Moves the clock forward by `ms`, alarms firing on the way. */
  wait(ms: number): this {
    return this.advanceTo(this.now + ms);
  }

  /** Sends one event at `at` (default: now), after the alarms that fall due before it. */
  send(event: EngineEvent, at = this.now, opts: SendOptions = {}): Step {
    if (!opts.asleep) this.advanceTo(at);
    if (opts.settings) this.settings = opts.settings;
    return this.dispatch(event, at);
  }

  act(action: UserAction, at = this.now): Step {
    return this.send({ type: 'action', action }, at);
  }

  idle(state: 'active' | 'idle' | 'locked', at = this.now): Step {
    return this.send({ type: 'idle', state }, at);
  }

  changeSettings(settings: Settings, at = this.now): Step {
    return this.send({ type: 'settings-changed' }, at, { settings });
  }

  /** The machine sleeps until `at` and the worker then runs for `event` (the missed alarm by default). */
  sleepUntil(at: number, event: EngineEvent = { type: 'alarm' }): Step {
    return this.send(event, at, { asleep: true });
  }

  /** Calls reduce once, with no alarms before it: also how a wall clock set backwards is modelled. */
  dispatch(event: EngineEvent, at: number): Step {
    const before = this.state;
    const { state, effects } = reduce(before, event, at, this.settings);
    const step: Step = { at, event, before, after: state, effects, settings: this.settings };
    this.steps.push(step);
    this.state = state;
    this.now = at;
    return step;
  }

  /** Every effect so far, with the instant of the step that asked for it. */
  effects(from = 0): Array<{ at: number; effect: Effect }> {
    return this.steps.slice(from).flatMap((s) => s.effects.map((effect) => ({ at: s.at, effect })));
  }

  prompts(from = 0): Array<{ at: number; kind: BreakKind; snoozesLeft: number }> {
    return this.effects(from).flatMap(({ at, effect }) =>
      effect.type === 'prompt' ? [{ at, kind: effect.kind, snoozesLeft: effect.snoozesLeft }] : [],
    );
  }

  records(what?: RecordKind, from = 0): BreakRecord[] {
    return this.effects(from).flatMap(({ effect }) =>
      effect.type === 'record' && (what === undefined || effect.record.what === what) ? [effect.record] : [],
    );
  }

  /** Index to pass as `from` to look only at what happens next. */
  get mark(): number {
    return this.steps.length;
  }
}

/**
 * Runs a list of timed events from a fresh state at `start`, with alarms at wakeAt in between,
 * and (with `until`) keeps the alarms firing after the last event.
 */
export function run(
  events: Array<[number, EngineEvent]>,
  settings: Settings = defaultSettings(),
  opts: { start?: number; until?: number } = {},
): Sim {
  const sim = new Sim(opts.start ?? T0, settings);
  for (const [at, event] of events) sim.send(event, at);
  if (opts.until !== undefined) sim.advanceTo(opts.until);
  return sim;
}

/** Default settings with some fields replaced, one level deep. */
export function settingsWith(
  patch: {
    [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K];
  },
): Settings {
  const s = defaultSettings();
  for (const key of Object.keys(patch) as Array<keyof Settings>) {
    const value = patch[key];
    (s as unknown as Record<string, unknown>)[key] =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? { ...(s[key] as object), ...(value as object) }
        : value;
  }
  return s;
}

/** Minutes between two instants, for readable expectations. */
export const minutes = (ms: number) => ms / MINUTE;
