import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, it, vi } from 'vitest';
import { CHECK_BUTTONS, PROMPT_BUTTONS } from '../src/background/prompt-content';
import type { EngineState } from '../src/core';
import { CHECK_ID, PROMPT_ID } from '../src/platform/notifications';
import { MIN, setNow, startWorker, stopWorker, T0 } from '../tests/background/worker';

/**
 * Worker wake-ups over a simulated 8-hour day of active sitting on the default settings, through
 * the real worker (src/background/index.ts) on the fake browser, against a naive design that
 * ticks once a minute. bench/run.ts runs this file and merges what it writes into its results.
 *
 * The clock is fake (Date only). The browser is played by the loop below: it fires each alarm at
 * its scheduled time, removing a one-shot alarm first as Chrome does, and delivers the person's
 * clicks. The worker is unloaded and loaded again (a cold start) whenever 30 s have passed since
 * its last event, as Chrome stops an idle worker after 30 s. What is counted as a wake-up is
 * every event the browser delivers on its own (alarms; idle changes, of which active sitting has
 * none); the person's own clicks (Start on a notification, Done on the break page, "All good" on a
 * posture check) are counted apart and left out, as is the first start when the browser opens.
 */

const HOURS = 8;
const DAY_END = T0 + HOURS * 60 * MIN;
/** Chrome stops a service worker after 30 s without events. */
const WORKER_IDLE_STOP_MS = 30_000;
/** How long the person takes to click Start on a break notification, and "All good" on a check. */
const REACTION_MS = 15_000;

interface Script {
  drained(): Promise<void>;
}

interface Tally {
  /** Events the browser delivered on its own, by type: the wake-ups. */
  events: Record<string, number>;
  wakeups: number;
  /** Of those, how many found the worker stopped and had to start it. */
  coldStarts: number;
  /** The person's own clicks, left out of the wake-ups. */
  personActions: number;
  /** Notifications shown, by id. */
  notifications: Record<string, number>;
}

interface PersonStep {
  at: number;
  label: string;
  run(): Promise<unknown>;
}

/** One worker design, one person, one simulated day. */
class Day {
  private script: Script | null = null;
  private lastEventAt = Number.NEGATIVE_INFINITY;
  private person: PersonStep[] = [];
  private seen = 0;
  readonly shown: Array<{ id: string; at: number }> = [];
  readonly tally: Tally = { events: {}, wakeups: 0, coldStarts: 0, personActions: 0, notifications: {} };

  constructor(
    private readonly load: () => Promise<Script>,
    private readonly unload: () => void,
    /** What the person does when a notification appears. */
    private readonly respond: (day: Day, id: string, at: number) => void,
  ) {
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: never) => {
      this.shown.push({ id, at: Date.now() });
      return create(id, options);
    }) as typeof fakeBrowser.notifications.create);
  }

  schedule(step: PersonStep): void {
    this.person.push(step);
    this.person.sort((a, b) => a.at - b.at);
  }

  /** Settles once the loaded worker has handled everything queued so far. */
  async drained(): Promise<void> {
    await this.script?.drained();
  }

  async run(): Promise<Tally> {
    setNow(T0);
    await this.wake(T0); // the browser opening: not counted
    this.react();
    for (;;) {
      const alarms = await fakeBrowser.alarms.getAll();
      const alarm = alarms.sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
      const step = this.person[0];
      const alarmAt = alarm?.scheduledTime ?? Number.POSITIVE_INFINITY;
      const stepAt = step?.at ?? Number.POSITIVE_INFINITY;
      if (Math.min(alarmAt, stepAt) > DAY_END) break;
      if (alarm && alarmAt <= stepAt) {
        // Chrome removes a one-shot alarm (or moves a repeating one on) before it wakes the worker.
        if (alarm.periodInMinutes) {
          await fakeBrowser.alarms.create(alarm.name, {
            when: alarm.scheduledTime + alarm.periodInMinutes * MIN,
            periodInMinutes: alarm.periodInMinutes,
          });
        } else {
          await fakeBrowser.alarms.clear(alarm.name);
        }
        const cold = await this.wake(alarmAt);
        this.count('alarm', cold);
        await fakeBrowser.alarms.onAlarm.trigger(alarm);
      } else if (step) {
        this.person.shift();
        await this.wake(stepAt);
        this.tally.personActions += 1;
        await step.run();
      }
      await this.drained();
      this.lastEventAt = Date.now();
      this.react();
    }
    for (const { id } of this.shown) this.tally.notifications[id] = (this.tally.notifications[id] ?? 0) + 1;
    return this.tally;
  }

  /** Moves the clock to `at` and makes sure the worker script is loaded; true when it had to start. */
  private async wake(at: number): Promise<boolean> {
    setNow(at);
    if (this.script && at - this.lastEventAt < WORKER_IDLE_STOP_MS) return false;
    if (this.script) this.unload();
    this.script = await this.load();
    return true;
  }

  private count(event: string, cold: boolean): void {
    this.tally.events[event] = (this.tally.events[event] ?? 0) + 1;
    this.tally.wakeups += 1;
    if (cold) this.tally.coldStarts += 1;
  }

  private react(): void {
    for (const { id, at } of this.shown.slice(this.seen)) this.respond(this, id, at);
    this.seen = this.shown.length;
  }
}

const storedEngine = async () => (await fakeBrowser.storage.local.get('engine')).engine as EngineState;

/** Seconds by body area the break page reports with Done: a 5-minute routine, or a 20-second eye rest. */
const STRETCH_AREAS = { neck: 60, shoulders: 60, 'upper-back': 60, 'lower-back': 60, hips: 60 };
const MICRO_AREAS = { eyes: 20 };

/** Clicks Start on every break notification, presses Done when the break's time is up, and answers each posture check. */
function takesEveryBreak(day: Day, id: string, at: number): void {
  if (id === PROMPT_ID) {
    day.schedule({
      at: at + REACTION_MS,
      label: 'start',
      run: async () => {
        await fakeBrowser.notifications.onButtonClicked.trigger(PROMPT_ID, PROMPT_BUTTONS.indexOf('start'));
        await day.drained();
        const stage = (await storedEngine()).stage;
        if (stage.name !== 'taking') return;
        const areaSeconds = stage.kind === 'stretch' ? STRETCH_AREAS : MICRO_AREAS;
        // Done on the break page when its countdown ends.
        day.schedule({
          at: stage.endsAt,
          label: 'finish',
          run: () =>
            fakeBrowser.runtime.sendMessage({
              type: 'action',
              action: { type: 'finish', areaSeconds },
              from: 'break-page',
            }),
        });
      },
    });
  } else if (id === CHECK_ID) {
    day.schedule({
      at: at + REACTION_MS,
      label: 'all-good',
      run: () => fakeBrowser.notifications.onButtonClicked.trigger(CHECK_ID, CHECK_BUTTONS.indexOf('all-good')),
    });
  }
}

/** Never answers anything: every prompt runs until the engine withdraws it. */
function ignoresEverything(): void {}

async function simulateWorker(respond: (day: Day, id: string, at: number) => void) {
  const day = new Day(startWorker, stopWorker, respond);
  const tally = await day.run();
  const history = (await fakeBrowser.storage.local.get('history')).history;
  return {
    ...tally,
    perHour: tally.wakeups / HOURS,
    prompts: day.shown.filter((s) => s.id === PROMPT_ID).map((s) => Math.round((s.at - T0) / MIN)),
    /** The day's history as stored, counted as Chrome counts storage: key plus JSON value. */
    historyBytes: 'history'.length + JSON.stringify(history ?? null).length,
    history,
  };
}

/**
 * The design Sitwell avoids, written here only to compare: a repeating one-minute alarm wakes
 * the worker, which adds a minute to stored counters and prompts when one reaches its interval.
 */
function naiveWorker(): Script {
  let queue: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    const stored = (await fakeBrowser.storage.local.get('naive')).naive as
      | { stretch: number; micro: number }
      | undefined;
    const counts = { stretch: (stored?.stretch ?? 0) + 1, micro: (stored?.micro ?? 0) + 1 };
    if (counts.stretch >= 50) {
      await fakeBrowser.notifications.create(PROMPT_ID, { type: 'basic', iconUrl: '', title: 'stretch', message: '' });
      counts.stretch = 0;
      counts.micro = 0;
    } else if (counts.micro >= 20) {
      await fakeBrowser.notifications.create(PROMPT_ID, { type: 'basic', iconUrl: '', title: 'micro', message: '' });
      counts.micro = 0;
    }
    await fakeBrowser.storage.local.set({ naive: counts });
  };
  fakeBrowser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'tick') queue = queue.then(tick);
  });
  queue = queue.then(async () => {
    if (!(await fakeBrowser.alarms.get('tick')))
      await fakeBrowser.alarms.create('tick', { delayInMinutes: 1, periodInMinutes: 1 });
  });
  return { drained: async () => void (await queue) };
}

async function simulateNaive() {
  const day = new Day(
    async () => naiveWorker(),
    () => fakeBrowser.alarms.onAlarm.removeAllListeners(),
    ignoresEverything,
  );
  const tally = await day.run();
  return { ...tally, perHour: tally.wakeups / HOURS };
}

const results: Record<string, unknown> = { hours: HOURS, start: new Date(T0).toISOString() };

it('counts wake-ups when the person takes every break', async () => {
  const day = await simulateWorker(takesEveryBreak);
  expect(day.prompts.length).toBeGreaterThan(0);
  results.takesEveryBreak = day;
});

it('counts wake-ups when the person ignores every prompt', async () => {
  results.ignoresEveryPrompt = await simulateWorker(ignoresEverything);
});

it('counts wake-ups of a naive once-a-minute tick', async () => {
  const naive = await simulateNaive();
  expect(naive.wakeups).toBe(HOURS * 60);
  results.naive = naive;
  const out = process.env.BENCH_WAKEUPS_OUT ?? join(tmpdir(), 'sitwell-bench-wakeups.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
});
