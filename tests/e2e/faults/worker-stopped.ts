/**
 * Fault: Chrome stops the service worker at any moment (its 30-s idle timeout, memory pressure, a
 * crash). Twenty stops at seeded random moments over two one-minute stretch cycles: each due break
 * must be prompted exactly once — none missed, none shown twice — and on time.
 */
import type { TestContext } from 'vitest';
import { recordFault } from '../../reliability-log';
import { launch, openPage, removeProfile, storeSettingsAndAwaitWake, workerStarted } from '../extension';
import {
  awaitPrompts,
  controlWorker,
  drainWorker,
  faultSeed,
  notificationIds,
  PROMPT_ID,
  readStored,
  recordChanges,
  STRETCH_EVERY_MINUTE,
  seededRandom,
  stretchCounts,
  until,
} from './helpers';

const STOPS = 20;
const CYCLE = 60_000;
/** The stops fall across both cycles and a few seconds past the second prompt. */
const SPAN = 2 * CYCLE + 4_000;
/** Longest a prompt may come after its break fell due (the engine plans to the millisecond). */
const ON_TIME = 5_000;

/** A worker's start-up (its engine run, the alarm, the badge) takes some tens of ms: this covers it. */
const START_UP = 150;

interface Stop {
  /** Milliseconds after the first cycle began. */
  at: number;
  /**
   * What the stop hit: a worker already up ("running" or "starting", woken by its alarm or the
   * skip), or one woken here by a message and stopped during its start-up or once idle after it.
   */
  hit: 'running' | 'starting' | 'start-up' | 'idle';
}

/** Runs the fault in a browser of its own; throws when a due break is missed, doubled or late. */
/**
 * Runs side by side with other fault tests (due-breaks.test.ts): assertions use the test's own
 * `expect`, since vitest's global one cannot tell concurrent tests apart (expect.poll needs it).
 */
export async function stopWorkerAtRandom({ expect }: TestContext): Promise<void> {
  const seed = faultSeed('worker stopped at random moments');
  const random = seededRandom(seed);
  const session = await launch();
  let over = false; // set when the test ends, pass or fail: no more stops then
  try {
    await workerStarted(session);
    const page = await openPage(session, 'src/options/index.html');
    const changes = await recordChanges(page);
    const worker = await controlWorker(page);

    const due1 = await storeSettingsAndAwaitWake(page, STRETCH_EVERY_MINUTE);
    const t0 = Date.now();
    // The whole plan comes from the seed: when each stop falls, and how long after a wake (half of
    // them during the worker's start-up, half once it has settled).
    const plan = Array.from({ length: STOPS }, () => ({
      at: Math.round(500 + random() * (SPAN - 500)),
      after: Math.round(random() < 0.5 ? random() * START_UP : START_UP + random() * 1_500),
    })).sort((a, b) => a.at - b.at);
    const stops: Stop[] = [];
    const stopping = (async () => {
      for (const { at, after } of plan) {
        await until(t0 + at);
        if (over) return;
        let hit: Stop['hit'];
        if (worker.status === 'running' || worker.status === 'starting') {
          hit = worker.status;
        } else {
          // Stopped already (by the last stop): wake it with a message, as a page would, then stop it.
          await worker.wake();
          await until(Date.now() + after);
          hit = after < START_UP ? 'start-up' : 'idle';
        }
        if (await worker.stop()) stops.push({ at: Date.now() - t0, hit });
      }
    })();
    // A failing stop must fail the test, not hang it.
    stopping.catch(() => undefined);

    // First due break: prompted once, then skipped the way the popup does (a message to the worker).
    expect((await awaitPrompts(expect, page, 1, due1 - Date.now() + 20_000)).prompted).toBe(1);
    expect(await notificationIds(page)).toEqual([PROMPT_ID]);
    await expect
      .poll(
        async () => {
          const { engine } = await readStored(page);
          if (engine?.stage.name !== 'prompted') return engine?.stage.name;
          // A stop can cut the request off; a person would click again.
          await page.evaluate(() =>
            chrome.runtime.sendMessage({ type: 'action', action: { type: 'skip' }, from: 'popup' }).catch(() => null),
          );
          return 'prompted';
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe('sitting');
    const due2 = (await readStored(page)).engine?.wakeAt ?? 0;
    expect(due2 - Date.now()).toBeGreaterThan(CYCLE - 5_000);

    // Second due break.
    expect((await awaitPrompts(expect, page, 2, due2 - Date.now() + 20_000)).prompted).toBe(2);
    expect(await notificationIds(page)).toEqual([PROMPT_ID]);

    await stopping;
    // One more wake after the last stop: a worker that would prompt again on start-up does it now.
    await worker.wake();
    await drainWorker(page);
    await worker.detach();

    const log = await changes();
    const { engine, history } = await readStored(page);
    const counts = stretchCounts(history);
    expect(counts).toEqual({ prompted: 2, taken: 0, snoozed: 0, skipped: 1 });
    // Shown twice in all: the skip's clearing closed the first; the second is still on screen.
    expect(await notificationIds(page)).toEqual([PROMPT_ID]);
    expect(log.filter((e) => e.what === 'closed' && e.value === PROMPT_ID)).toHaveLength(1);
    // The engine went into "prompted" twice, and is there still, for the second break.
    const promptedAt = [
      ...new Set(
        log.flatMap((e) => {
          const stage = e.what === 'engine' ? (e.value as typeof engine)?.stage : undefined;
          return stage?.name === 'prompted' ? [stage.at] : [];
        }),
      ),
    ];
    expect(promptedAt).toHaveLength(2);
    expect(engine?.stage).toEqual({ name: 'prompted', kind: 'stretch', at: promptedAt[1] });

    // When each prompt was recorded, against when its break fell due.
    const recorded = (n: number) =>
      log.find((e) => e.what === 'history' && stretchCounts(e.value).prompted >= n)?.at ?? Number.NaN;
    const delays = [recorded(1) - due1, recorded(2) - due2];
    console.log(`stops (ms after the first cycle began, what they hit): ${JSON.stringify(stops)}`);
    console.log(`prompts recorded ${delays.join(' ms and ')} ms after their breaks fell due`);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(ON_TIME);
    }
    expect(stops).toHaveLength(STOPS);

    const hits = (hit: Stop['hit']) => stops.filter((s) => s.hit === hit).length;
    recordFault({
      id: 'worker-stopped-randomly',
      level: 'Chromium',
      fault: 'Service worker stopped at any moment (idle timeout, memory pressure, crash)',
      injection: `DevTools ServiceWorker.stopAllWorkers at 20 seeded random moments over two 1-minute stretch cycles (seed ${seed}); the worker is left stopped until its alarm or a message wakes it: ${hits('start-up')} stops during a start-up, ${hits('idle')} of an idle worker, ${hits('running') + hits('starting')} of one woken by its alarm or the skip`,
      runs: STOPS,
      result: `2 of 2 due breaks prompted exactly once (history 'prompted' 2, one notification each, none shown again), ${delays.map((d) => `${d} ms`).join(' and ')} after falling due`,
    });
  } finally {
    over = true;
    await session.close();
    removeProfile(session);
  }
}
