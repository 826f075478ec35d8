/**
 * Fault: storage.local is full, through the real worker. The same random day is played twice from
 * the same stored year of history: once with room to spare, once under a byte quota just above
 * what is stored, and once with every write refused.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { emptyDay, encodeHistory, type History, KEEP_DAYS } from '../../../src/core';
import { changedDays } from '../../../src/core/history/trim';
import { dayKey } from '../../../src/core/time/local-time';
import { recordFault } from '../../reliability-log';
import { fakeIdle } from '../fake-idle';
import {
  MIN,
  promptNotification,
  startWorker,
  stopWorker,
  storedEngine,
  storedHistory,
  T0,
  wakeAlarm,
} from '../worker';
import { advance, bytesStored, freshBrowser, limitLocalStorage, QUOTA_MESSAGE, sleep, type Worker } from './harness';

const RUNS = 15;
const HOUR = 60 * MIN;

type Op =
  | { t: 'wait'; ms: number }
  | { t: 'answer'; button: 0 | 1 }
  | { t: 'finish' }
  | { t: 'idle'; state: 'active' | 'locked' }
  | { t: 'sleep'; ms: number }
  | { t: 'restart' };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 50 * MIN }) }) },
  {
    weight: 3,
    arbitrary: fc.record({ t: fc.constant('answer' as const), button: fc.constantFrom(0 as const, 1 as const) }),
  },
  { weight: 2, arbitrary: fc.constant({ t: 'finish' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('idle' as const),
      state: fc.constantFrom('active' as const, 'locked' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('sleep' as const), ms: fc.integer({ min: HOUR, max: 20 * HOUR }) }),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'restart' as const }) },
);

async function play(worker: Worker, op: Op): Promise<Worker> {
  switch (op.t) {
    case 'wait':
      await advance(worker, op.ms);
      return worker;
    case 'answer':
      if (!promptNotification()) return worker;
      await fakeBrowser.notifications.onButtonClicked.trigger('sitwell-break', op.button);
      await worker.drained();
      return worker;
    case 'finish':
      await fakeBrowser.runtime.sendMessage({ type: 'action', action: { type: 'finish' }, from: 'break-page' });
      await worker.drained();
      return worker;
    case 'idle':
      fakeIdle.fire(op.state);
      await worker.drained();
      return worker;
    case 'sleep':
      return sleep(worker, op.ms);
    case 'restart':
      stopWorker();
      return startWorker();
  }
}

/** A year of recorded days before T0, a few counts each. */
function aYear(): History {
  const days: History['days'] = {};
  for (let i = 1; i <= KEEP_DAYS - 5; i++) {
    const day = emptyDay();
    day.micro.taken = i % 7;
    day.natural = i % 3;
    day.activeMinutes = (i * 37) % 400;
    days[dayKey(T0 - i * 24 * HOUR)] = day;
  }
  return { version: 2, days };
}

/** Plays `ops` from a fresh browser holding `history`; returns what storage and the alarm end with. */
async function playDay(history: History, ops: Op[], quota?: (stored: number) => number) {
  freshBrowser(T0);
  await fakeBrowser.storage.local.set({ history: encodeHistory(history) });
  const budget = quota?.(await bytesStored()) ?? Number.POSITIVE_INFINITY;
  const limit = limitLocalStorage(() => budget);
  let worker = await startWorker();
  for (const op of ops) worker = await play(worker, op);
  const result = {
    history: (await storedHistory()) as History,
    engine: await storedEngine(),
    alarm: (await wakeAlarm())?.scheduledTime,
    bytes: await bytesStored(),
    budget,
    refused: limit.counter.refused,
  };
  limit.mockRestore();
  return result;
}

let refusals = 0;

describe('fault: storage.local is full, through the real worker', () => {
  let passed = 0;

  it('under a quota, the worker runs the same day, keeps every new record and drops only the oldest days', async () => {
    const year = aYear();
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbOp, { minLength: 3, maxLength: 12 }),
        fc.integer({ min: 0, max: 800 }),
        async (ops, slack) => {
          const roomy = await playDay(year, ops);
          const tight = await playDay(year, ops, (stored) => stored + slack);
          refusals += tight.refused;
          expect(tight.bytes).toBeLessThanOrEqual(tight.budget);
          // The schedule does not notice: same state, same alarm.
          expect(tight.engine).toEqual(roomy.engine);
          expect(tight.alarm).toEqual(roomy.alarm);
          // Every record of the day is kept…
          const recorded = changedDays(year, roomy.history);
          for (const key of recorded) expect(tight.history.days[key]).toEqual(roomy.history.days[key]);
          // …and the days that went to make room are the oldest ones, the rest untouched.
          const old = Object.keys(year.days).sort();
          const kept = old.filter((k) => k in tight.history.days);
          expect(kept).toEqual(old.slice(old.length - kept.length));
          for (const key of kept) expect(tight.history.days[key]).toEqual(year.days[key]);
          if (tight.refused === 0) expect(tight.history).toEqual(roomy.history);
        },
      ),
      { numRuns: RUNS },
    );
    passed += 1;
  });

  it('with every write refused, the worker never rejects, keeps setting its alarm, and the stored history stays whole', async () => {
    const year = aYear();
    await fc.assert(
      fc.asyncProperty(fc.array(arbOp, { minLength: 3, maxLength: 10 }), async (ops) => {
        vi.restoreAllMocks();
        freshBrowser(T0);
        await fakeBrowser.storage.local.set({ history: encodeHistory(year) });
        const was = await fakeBrowser.storage.local.get();
        vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA_MESSAGE));
        let worker = await startWorker();
        for (const op of ops) {
          worker = await play(worker, op);
          // Away, the idle API wakes the worker; otherwise the alarm is set, and never in the past.
          const alarm = await wakeAlarm();
          if (alarm) expect(alarm.scheduledTime).toBeGreaterThan(Date.now());
          else expect(fakeIdle.state).not.toBe('active');
        }
        expect(await fakeBrowser.storage.local.get()).toEqual(was);
      }),
      { numRuns: RUNS },
    );
    vi.restoreAllMocks();
    passed += 1;
  });

  afterAll(() => {
    if (passed !== 2) return;
    recordFault({
      id: 'storage-quota-worker',
      level: 'unit',
      fault: 'storage.local full while the worker runs',
      injection: `fast-check: random days through the real worker (fake browser, fake clock) on a stored year of history, under a byte quota 0–800 bytes above it (${RUNS} days, each played with and without the quota) and with every write refused (${RUNS} days); ${refusals} refused writes`,
      runs: 2 * RUNS,
      result: `${2 * RUNS} of ${2 * RUNS}: no rejection; same schedule and alarm as with room; every record of the day kept, only the oldest days dropped; with no room at all, alarm still set and storage unchanged`,
    });
  });
});
