/**
 * Fault: the wall clock jumps, through the real worker (fake browser, fake clock). Forward: the
 * machine sleeps and Chrome fires the missed alarm once on waking. Backward: the clock is set back
 * and the next thing is a worker restart, an idle change or a click in the popup.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BREAK_KINDS,
  DEFAULT_SETTINGS,
  type EngineState,
  isWorkTime,
  nextBreak,
  SETTINGS_VERSION,
  type Settings,
} from '../../../src/core';
import { recordFault } from '../../reliability-log';
import { fakeIdle } from '../fake-idle';
import {
  MIN,
  promptNotification,
  setNow,
  startWorker,
  stopWorker,
  storedEngine,
  storedHistory,
  T0,
  wakeAlarm,
} from '../worker';
import { advance, freshBrowser, sleep, total, type Worker } from './harness';

const RUNS = 80;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

type Op =
  | { t: 'wait'; ms: number }
  | { t: 'sleep'; ms: number; restart: boolean }
  | { t: 'back'; ms: number; next: 'restart' | 'idle' | 'pause' | 'resume' }
  | { t: 'answer'; button: 0 | 1 }
  | { t: 'idle'; state: 'active' | 'idle' | 'locked' };

const span = (short: number, long: number) =>
  fc.oneof(fc.integer({ min: 1000, max: short }), fc.integer({ min: short, max: long }));

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 40 * MIN }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('sleep' as const), ms: span(HOUR, 20 * DAY), restart: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('back' as const),
      ms: span(HOUR, 20 * DAY),
      next: fc.constantFrom('restart' as const, 'idle' as const, 'pause' as const, 'resume' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('answer' as const), button: fc.constantFrom(0 as const, 1 as const) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('idle' as const),
      state: fc.constantFrom('active' as const, 'idle' as const, 'locked' as const),
    }),
  },
);

const arbSettings: fc.Arbitrary<Settings> = fc
  .record({ workHours: fc.boolean(), idleResetMinutes: fc.integer({ min: 1, max: 15 }) })
  .map(({ workHours, idleResetMinutes }) => {
    const s = structuredClone(DEFAULT_SETTINGS) as Settings;
    s.workHours.enabled = workHours;
    s.idleResetMinutes = idleResetMinutes;
    return s;
  });

const prompted = (h: Awaited<ReturnType<typeof storedHistory>>) =>
  total(h, (d) => d.stretch.prompted + d.micro.prompted);
const naturals = (h: Awaited<ReturnType<typeof storedHistory>>) => total(h, (d) => d.natural);

/** No wake planned in the past, no stored instant after now, nothing frozen below zero, nothing overdue. */
async function checkNotInThePast(now: number): Promise<void> {
  const alarm = await wakeAlarm();
  if (alarm) expect(alarm.scheduledTime).toBeGreaterThan(now);
  const e: EngineState = await storedEngine();
  expect(e.lastEventAt).toBeLessThanOrEqual(now);
  if (e.wakeAt !== null) expect(e.wakeAt).toBeGreaterThan(now);
  for (const t of [e.sittingSince, e.checkSince, e.posture.since, e.awaySince ?? now])
    expect(t).toBeLessThanOrEqual(now);
  for (const kind of BREAK_KINDS) expect(e.timers[kind].anchor).toBeLessThanOrEqual(now);
  const st = e.stage;
  if (st.name === 'prompted') expect(st.at).toBeLessThanOrEqual(now);
  if (st.name === 'taking') expect(st.startedAt).toBeLessThanOrEqual(now);
  if (st.name === 'paused') {
    expect(st.since).toBeLessThanOrEqual(now);
    expect(st.frozen.sittingMs).toBeGreaterThanOrEqual(0);
  }
  // No schedule before now: a break due by the last event was prompted then.
  if (
    st.name === 'sitting' &&
    !st.deferred &&
    e.awaySince === null &&
    isWorkTime(settingsNow.workHours, e.lastEventAt)
  ) {
    const next = nextBreak(e, settingsNow);
    if (next) expect(next.at).toBeGreaterThan(e.lastEventAt);
  }
  const h = await storedHistory();
  for (const day of Object.values(h?.days ?? {})) {
    expect(day.activeMinutes).toBeGreaterThanOrEqual(0);
    expect(day.longestSittingMinutes).toBeGreaterThanOrEqual(0);
  }
}

const seen = { sleeps: 0, setBack: 0 };

/** The settings of the case being played. */
let settingsNow: Settings = DEFAULT_SETTINGS as Settings;

async function play(worker: Worker, op: Op): Promise<Worker> {
  switch (op.t) {
    case 'wait':
      await advance(worker, op.ms);
      return worker;
    case 'sleep': {
      const before = await storedEngine();
      const history = await storedHistory();
      const awake = await sleep(worker, op.ms, op.restart);
      const after = await storedHistory();
      const natural = naturals(after) - naturals(history);
      const prompts = prompted(after) - prompted(history);
      expect(natural).toBeLessThanOrEqual(1);
      expect(prompts).toBeLessThanOrEqual(1); // a late alarm prompts what fell due, once
      const late = Math.max(settingsNow.idleResetMinutes * MIN, 2 * MIN);
      if (before.wakeAt !== null && Date.now() - before.wakeAt > late) {
        seen.sleeps += 1;
        // Slept through: nothing that fell due meanwhile is prompted on waking, not even once.
        expect(prompts).toBe(0);
        expect(promptNotification()).toBeUndefined();
        if (before.stage.name !== 'off-hours') expect(natural).toBe(1);
      }
      return awake;
    }
    case 'back': {
      seen.setBack += 1;
      setNow(Date.now() - op.ms);
      if (op.next === 'restart') {
        stopWorker();
        return startWorker();
      }
      if (op.next === 'idle') fakeIdle.fire(fakeIdle.state === 'active' ? 'locked' : 'active');
      else
        await fakeBrowser.runtime.sendMessage({
          type: 'action',
          action: op.next === 'pause' ? { type: 'pause', for: '1h' } : { type: 'resume' },
          from: 'popup',
        });
      await worker.drained();
      return worker;
    }
    case 'answer':
      if (promptNotification()) await fakeBrowser.notifications.onButtonClicked.trigger('sitwell-break', op.button);
      else await fakeBrowser.runtime.sendMessage({ type: 'action', action: { type: 'finish' }, from: 'break-page' });
      await worker.drained();
      return worker;
    case 'idle':
      fakeIdle.fire(op.state);
      await worker.drained();
      return worker;
  }
}

describe('fault: the clock jumps (real worker, fake browser and clock)', () => {
  let passed = false;

  it('wakes once after a sleep with one natural break and no backlog, and never plans in the past', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbSettings,
        fc.integer({ min: 0, max: DAY - 1 }),
        fc.array(arbOp, { minLength: 4, maxLength: 14 }),
        async (settings, offset, ops) => {
          freshBrowser(T0 - 9 * HOUR + offset); // any time of a Thursday
          settingsNow = settings;
          await fakeBrowser.storage.sync.set({ settings: { version: SETTINGS_VERSION, savedAt: 1, settings } });
          let worker = await startWorker();
          await checkNotInThePast(Date.now());
          for (const op of ops) {
            worker = await play(worker, op);
            await checkNotInThePast(Date.now());
          }
        },
      ),
      { numRuns: RUNS },
    );
    passed = true;
  });

  afterAll(() => {
    if (!passed) return;
    recordFault({
      id: 'clock-jumps-worker',
      level: 'unit',
      fault: 'Wall clock jumps forward (sleep) or back, seen by the running worker',
      injection: `fast-check: random op sequences through the real worker (fake browser, fake clock): sleeps of 1 s to 20 days (the worker stopped meanwhile or not) with the missed alarm fired once on waking (${seen.sleeps} slept through), clocks set back 1 s to 20 days then a restart, idle change or popup click (${seen.setBack})`,
      runs: RUNS,
      result: `${RUNS} of ${RUNS}: one natural break per sleep, no prompt on waking, alarm and every stored instant never in the past`,
    });
  });
});
