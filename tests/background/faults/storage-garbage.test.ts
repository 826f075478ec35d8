/**
 * Fault: storage holds garbage when the worker starts. Every key the extension reads (settings in
 * sync and local, engine, history, checklist, routine and the rest, and the managed policy) holds
 * garbage of any type; startWorker() must never reject, and the worker must come up with a
 * schedule it can keep, its history still readable.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseEngineState, parseHistory } from '../../../src/core';
import { recordFault } from '../../reliability-log';
import { anyGarbage, jsonGarbage } from '../../unit/faults/garbage';
import { fireWakeAlarm, startWorker, storedEngine, T0, wakeAlarm } from '../worker';
import { freshBrowser } from './harness';

const RUNS = 150;

/** Every key in storage.local that some part of Sitwell reads. */
const LOCAL_KEYS = [
  'settings',
  'engine',
  'history',
  'checklist',
  'routine',
  'checklistExtraItems',
  'disclaimer',
  'historyGoal',
];

type Area = 'local' | 'sync' | 'managed';

/**
 * Storage hands back `raw[key]` as it is, unserialised (Firefox keeps structured clones), until
 * the key is written; then the written value, as the fake browser keeps it.
 */
function holdRaw(area: Area, raw: Record<string, unknown>): void {
  const store = fakeBrowser.storage[area] as unknown as {
    get(keys?: unknown): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  const get = store.get.bind(store);
  const set = store.set.bind(store);
  const left = { ...raw };
  vi.spyOn(store, 'get').mockImplementation(async (keys?: unknown) => {
    const real = await get(keys);
    const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(left);
    for (const key of wanted) if (key in left) real[key] = left[key];
    return real;
  });
  if (area !== 'managed') {
    vi.spyOn(store, 'set').mockImplementation(async (items) => {
      for (const key of Object.keys(items)) delete left[key];
      await set(items);
    });
  }
}

const arbStorage = (value: fc.Arbitrary<unknown>) =>
  fc.record({
    local: fc.record(Object.fromEntries(LOCAL_KEYS.map((k) => [k, value])), { requiredKeys: [] }),
    sync: fc.record({ settings: value }, { requiredKeys: [] }),
    managed: fc.oneof(
      fc.constant({}),
      fc.dictionary(fc.constantFrom('organization', 'enforced', 'defaults', 'checklistItems', 'x'), value),
    ),
  });

describe('fault: storage holds garbage when the worker starts', { timeout: 60_000 }, () => {
  let passed = 0;

  async function startOn(storage: { local: object; sync: object; managed: object }, raw: boolean) {
    vi.restoreAllMocks();
    freshBrowser(T0);
    if (raw) {
      holdRaw('local', storage.local as Record<string, unknown>);
      holdRaw('sync', storage.sync as Record<string, unknown>);
      holdRaw('managed', storage.managed as Record<string, unknown>);
    } else {
      await fakeBrowser.storage.local.set(storage.local);
      await fakeBrowser.storage.sync.set(storage.sync);
      holdRaw('managed', storage.managed as Record<string, unknown>);
    }
    const worker = await startWorker(); // must never reject
    const now = Date.now();
    const engine = await storedEngine();
    expect(parseEngineState(JSON.parse(JSON.stringify(engine)), now)).toEqual({ state: engine, repaired: false });
    const alarm = await wakeAlarm();
    if (alarm) expect(alarm.scheduledTime).toBeGreaterThan(now);
    expect(engine.wakeAt === null ? undefined : engine.wakeAt).toBe(alarm?.scheduledTime);
    // …and it keeps running: the next wake goes through too.
    if (alarm) await fireWakeAlarm(worker);
    return worker;
  }

  it('starts on garbage of any type under every key, with a schedule it can keep', async () => {
    await fc.assert(
      fc.asyncProperty(arbStorage(anyGarbage), async (storage) => {
        await startOn(storage, true);
      }),
      { numRuns: RUNS },
    );
    passed += 1;
  });

  it('starts on JSON garbage as Chromium stores it, and leaves a history it can read', async () => {
    await fc.assert(
      fc.asyncProperty(arbStorage(jsonGarbage), async (storage) => {
        await startOn(storage, false);
        const history = (await fakeBrowser.storage.local.get('history')).history;
        expect(() => parseHistory(history)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
    vi.restoreAllMocks();
    passed += 1;
  });

  afterAll(() => {
    if (passed !== 2) return;
    recordFault({
      id: 'storage-garbage-worker',
      level: 'unit',
      fault: 'Storage holds garbage when the worker starts',
      injection: `fast-check: every key the extension reads (settings in sync and local, engine, history, checklist, routine, the others, the managed policy) holding fc.anything() unserialised (${RUNS}) or JSON garbage (${RUNS}), then the real worker started and its next alarm fired`,
      runs: 2 * RUNS,
      result: `${2 * RUNS} of ${2 * RUNS}: startWorker() never rejected; a readable engine state and an alarm in the future (or none, away)`,
    });
  });
});
