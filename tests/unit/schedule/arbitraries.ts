/**
 * fast-check generators for the engine: valid settings with short intervals, and a simulated day
 * of events (alarms at wakeAt in between, as the real worker gets them).
 */
import fc from 'fast-check';
import type { EngineEvent, IdleState, PauseChoice, UserAction } from '../../../src/core/schedule/types';
import { type Settings, WEEKDAYS } from '../../../src/core/settings/defaults';
import { validateSettings } from '../../../src/core/settings/validate';
import { HOUR, MINUTE, SECOND, Sim } from './drive';

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const arbWorkHours: fc.Arbitrary<Settings['workHours']> = fc
  .record({
    enabled: fc.oneof({ weight: 2, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    start: fc.integer({ min: 0, max: 23 * 60 + 58 }),
    length: fc.integer({ min: 1, max: 16 * 60 }),
  })
  .map(({ enabled, days, start, length }) => ({
    enabled,
    days,
    start: hhmm(start),
    end: hhmm(Math.min(start + length, 23 * 60 + 59)),
  }));

/** Valid settings; intervals kept at 1–60 minutes so a simulated day stays short. */
export const arbSettings: fc.Arbitrary<Settings> = fc
  .record({
    stretchBreak: fc.record({
      enabled: fc.boolean(),
      everyMinutes: fc.integer({ min: 1, max: 60 }),
      durationMinutes: fc.integer({ min: 1, max: 10 }),
    }),
    microBreak: fc.record({
      enabled: fc.boolean(),
      everyMinutes: fc.integer({ min: 1, max: 60 }),
      durationSeconds: fc.integer({ min: 5, max: 300 }),
    }),
    idleResetMinutes: fc.integer({ min: 1, max: 15 }),
    snooze: fc.record({ minutes: fc.integer({ min: 1, max: 15 }), maxPerBreak: fc.integer({ min: 0, max: 3 }) }),
    workHours: arbWorkHours,
    prompt: fc.record({ style: fc.constantFrom<Settings['prompt']['style']>('notification', 'window') }),
  })
  .map((raw) => {
    const { settings, errors } = validateSettings(raw);
    if (errors.length) throw new Error(`generated invalid settings: ${JSON.stringify(errors)}`);
    return settings;
  });

const arbAction: fc.Arbitrary<UserAction> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<UserAction>({ type: 'start' }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('stretch', 'micro').map((kind): UserAction => ({ type: 'start', kind })),
  },
  { weight: 3, arbitrary: fc.constant<UserAction>({ type: 'finish' }) },
  { weight: 3, arbitrary: fc.constant<UserAction>({ type: 'skip' }) },
  { weight: 4, arbitrary: fc.constant<UserAction>({ type: 'snooze' }) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<PauseChoice>('30m', '1h', '2h', 'tomorrow', 'resumed')
      .map((f): UserAction => ({ type: 'pause', for: f })),
  },
  { weight: 2, arbitrary: fc.constant<UserAction>({ type: 'resume' }) },
);

const arbWakeEvent: fc.Arbitrary<EngineEvent> = fc.constantFrom<EngineEvent>(
  { type: 'alarm' },
  { type: 'start' },
  { type: 'idle', state: 'active' },
);

/** One thing that happens, `delay` after the previous one (alarms firing meanwhile). */
export type Op =
  | { t: 'wait'; delay: number }
  /** Fires the pending alarm, if any: a prompt falls due and the next ops can answer it. */
  | { t: 'next-alarm' }
  /** Fires the pending alarm, then the person acts `delay` later: answers a prompt, mostly. */
  | { t: 'answer'; delay: number; action: UserAction }
  | { t: 'action'; delay: number; action: UserAction }
  | { t: 'idle'; delay: number; state: IdleState }
  | { t: 'settings'; delay: number; settings: Settings }
  /** The machine sleeps (or the clock jumps forward) by `ms`; `event` is the first thing after. */
  | { t: 'sleep'; ms: number; event: EngineEvent }
  /** The wall clock is set back by `ms`; `event` is the first thing after. */
  | { t: 'clock-back'; ms: number; event: EngineEvent };

const arbDelay = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 90 * SECOND }) },
  fc.integer({ min: 0, max: 10 * MINUTE }),
  fc.integer({ min: 0, max: 40 * MINUTE }),
);

export const arbOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('wait' as const), delay: arbDelay }) },
  { weight: 4, arbitrary: fc.constant<Op>({ t: 'next-alarm' }) },
  {
    weight: 8,
    arbitrary: fc.record({
      t: fc.constant('answer' as const),
      delay: fc.integer({ min: 0, max: 2 * MINUTE }),
      action: arbAction,
    }),
  },
  { weight: 8, arbitrary: fc.record({ t: fc.constant('action' as const), delay: arbDelay, action: arbAction }) },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('idle' as const),
      delay: arbDelay,
      state: fc.constantFrom<IdleState>('active', 'active', 'idle', 'locked'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('settings' as const), delay: arbDelay, settings: arbSettings }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('sleep' as const),
      ms: fc.integer({ min: 1, max: 6 * HOUR }),
      event: arbWakeEvent,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('clock-back' as const),
      ms: fc.integer({ min: 1, max: HOUR }),
      event: arbWakeEvent,
    }),
  },
);

/** Days the simulated day starts on: an ordinary Monday, a Friday, and both DST weekends. */
const START_DAYS = [
  new Date(2026, 2, 2).getTime(),
  new Date(2026, 2, 6).getTime(),
  new Date(2026, 2, 28).getTime(),
  new Date(2026, 2, 29).getTime(),
  new Date(2026, 9, 24).getTime(),
  new Date(2026, 9, 25).getTime(),
];

export interface Scenario {
  start: number;
  settings: Settings;
  ops: Op[];
}

export const arbScenario = (maxOps = 80): fc.Arbitrary<Scenario> =>
  fc.record({
    start: fc
      .tuple(fc.constantFrom(...START_DAYS), fc.integer({ min: 0, max: 24 * HOUR - 1 }))
      .map(([day, offset]) => day + offset),
    settings: arbSettings,
    ops: fc.array(arbOp, { minLength: Math.min(10, maxOps), maxLength: maxOps, size: 'max' }),
  });

/** Plays a scenario in the simulator; every call of reduce is in sim.steps. */
export function simulate({ start, settings, ops }: Scenario): Sim {
  return play(new Sim(start, settings), ops);
}

/** Plays ops in a simulator of the caller's (a subclass may, say, make its wakes see a busy window). */
export function play<S extends Sim>(sim: S, ops: readonly Op[]): S {
  for (const op of ops) {
    switch (op.t) {
      case 'wait':
        sim.wait(op.delay);
        break;
      case 'next-alarm':
        sim.nextAlarm();
        break;
      case 'answer':
        sim.nextAlarm();
        sim.act(op.action, sim.now + op.delay);
        break;
      case 'action':
        sim.act(op.action, sim.now + op.delay);
        break;
      case 'idle':
        sim.idle(op.state, sim.now + op.delay);
        break;
      case 'settings':
        sim.changeSettings(op.settings, sim.now + op.delay);
        break;
      case 'sleep':
        sim.sleepUntil(sim.now + op.ms, op.event);
        break;
      case 'clock-back':
        sim.dispatch(op.event, sim.now - op.ms);
        break;
    }
  }
  return sim;
}
