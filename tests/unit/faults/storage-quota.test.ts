/**
 * Fault: storage.local is full. Writes reject with Chromium's "QUOTA_BYTES quota exceeded", from
 * a fake storage.local with a byte quota counted as Chromium counts it. Nothing crashes, nothing
 * the person recorded is lost, and the oldest history days make room, oldest first.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addRecord, emptyDay, type History, type HistoryInput, KEEP_DAYS, trim } from '../../../src/core/history/daily';
import { encodeHistory } from '../../../src/core/history/format';
import { changedDays, dropOldestDays } from '../../../src/core/history/trim';
import { initialState } from '../../../src/core/schedule/initial-state';
import { readChecklistState, updateChecklistState } from '../../../src/platform/checklist-store';
import { readEngineState, writeEngineState } from '../../../src/platform/engine-store';
import { appendRecords, clearHistory, isQuotaError, readHistory } from '../../../src/platform/history-store';
import { muteExercise, readRoutineState } from '../../../src/platform/routine-store';
import { recordFault } from '../../reliability-log';
import { history as arbHistory, dayKeyArb } from '../history/arbitraries';
import { bytesOf, bytesStored, limitLocalStorage, QUOTA_MESSAGE } from './quota';

const RUNS = 100;
const DAY = 24 * 60 * 60_000;

/** Records on the days around the newest stored one (or after it), as the worker appends them. */
const arbRecords = (history: History): fc.Arbitrary<HistoryInput[]> => {
  const keys = Object.keys(history.days).sort();
  const newest = keys.length ? new Date(`${keys.at(-1)}T12:00:00`).getTime() : new Date(2026, 2, 2, 12).getTime();
  const at = fc.integer({ min: newest - 2 * DAY, max: newest + 2 * DAY });
  return fc.array(
    fc.oneof(
      fc.record({
        what: fc.constantFrom('prompted' as const, 'taken' as const, 'snoozed' as const, 'skipped' as const),
        kind: fc.constantFrom('stretch' as const, 'micro' as const),
        at,
      }),
      fc.record({ what: fc.constant('natural' as const), kind: fc.constant(null), at }),
      fc.record({ what: fc.constant('sitting' as const), minutes: fc.integer({ min: 1, max: 300 }), at }),
    ),
    { minLength: 1, maxLength: 6 },
  );
};

/** Close to a year of days, each with a few counts: cheaper to generate than arbitraries' bigHistory. */
const bigHistory: fc.Arbitrary<History> = fc
  .uniqueArray(fc.tuple(dayKeyArb, fc.nat(12), fc.nat(9), fc.nat(400)), {
    minLength: KEEP_DAYS - 60,
    maxLength: KEEP_DAYS + 10,
    selector: ([key]) => key,
  })
  .map((days) => ({
    version: 2 as const,
    days: Object.fromEntries(
      days.map(([key, natural, taken, activeMinutes]) => {
        const day = emptyDay();
        Object.assign(day, { natural, activeMinutes });
        day.stretch.taken = taken;
        return [key, day];
      }),
    ),
  }));

const stored = async () => (await fakeBrowser.storage.local.get('history')).history;
const historyBytes = (h: History) => bytesOf({ history: encodeHistory(h) });
/** Other things storage.local holds, taking their share of the quota. */
const OTHERS = {
  engine: initialState(Date.UTC(2026, 2, 2)),
  routine: { version: 1, used: { stretch: ['a'], micro: [] }, muted: [] },
};

/** A fresh storage, and no records left waiting for room from an earlier case (clearHistory drops them). */
async function reset(): Promise<void> {
  vi.restoreAllMocks();
  await clearHistory();
  fakeBrowser.reset();
}

let passed = 0;
const TESTS = 6;
const cases: Record<string, number> = {};
const count = (what: string) => {
  cases[what] = (cases[what] ?? 0) + 1;
};

describe('fault: storage.local is full (QUOTA_BYTES quota exceeded)', { timeout: 60_000 }, () => {
  beforeEach(reset);
  afterEach(reset);

  it('recognises the quota errors of Chromium and Firefox, and only those', () => {
    expect(isQuotaError(new Error(QUOTA_MESSAGE))).toBe(true);
    expect(isQuotaError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(true);
    expect(
      isQuotaError(
        Object.assign(new Error('The current transaction exceeded its quota limitations.'), {
          name: 'QuotaExceededError',
        }),
      ),
    ).toBe(true);
    expect(isQuotaError(QUOTA_MESSAGE)).toBe(true);
    for (const other of [new Error('IO error: .../LOG: No such file'), null, undefined, 42, {}, { message: 7 }]) {
      expect(isQuotaError(other)).toBe(false);
    }
    passed += 1;
  });

  it('history: an append that does not fit drops the oldest untouched days, as few as it can, and keeps every new record', async () => {
    const arbCase = fc.oneof(arbHistory, bigHistory).chain((history) =>
      fc.record({
        history: fc.constant(history),
        records: arbRecords(history),
        share: fc.double({ min: 0, max: 1.2, noNaN: true }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ history, records, share }) => {
        await reset();
        const before = trim(history);
        const full = trim(records.reduce(addRecord, before));
        const touched = changedDays(before, full);
        fc.pre(touched.size > 0);
        count('append');
        await fakeBrowser.storage.local.set({ ...OTHERS, history: encodeHistory(before) });
        // A quota from "only the new days fit" to "everything fits", and a little beyond.
        const others = bytesOf(OTHERS);
        const least = others + historyBytes(dropOldestDays(full, Number.POSITIVE_INFINITY, touched));
        const most = others + historyBytes(full);
        const budget = Math.max(least, Math.round(least + share * (most - least)), await bytesStored());
        limitLocalStorage(() => budget);

        await appendRecords(records); // never rejects on a full storage

        const after = await readHistory();
        expect(await bytesStored()).toBeLessThanOrEqual(budget);
        for (const key of touched) expect(after.days[key]).toEqual(full.days[key]); // every new record
        const untouched = Object.keys(full.days)
          .filter((k) => !touched.has(k))
          .sort();
        const dropped = untouched.filter((k) => !(k in after.days));
        const kept = untouched.filter((k) => k in after.days);
        for (const key of kept) expect(after.days[key]).toEqual(full.days[key]);
        expect(Object.keys(after.days).length).toBe(touched.size + kept.length); // nothing else appears
        if (dropped.length && kept.length) expect(dropped.at(-1)! < kept[0]!).toBe(true); // oldest first
        // As few as doubling batches allow: fewer than twice the days that had to go.
        let needed = 0;
        while (needed < untouched.length && others + historyBytes(dropOldestDays(full, needed, touched)) > budget)
          needed++;
        expect(dropped.length).toBeGreaterThanOrEqual(needed);
        expect(dropped.length).toBeLessThanOrEqual(Math.max(0, 2 * needed - 1));
      }),
      { numRuns: RUNS },
    );
    passed += 1;
  });

  it('history: records that cannot fit at all leave storage as it was, resolve, and go out with the next append once there is room', async () => {
    const arbCase = arbHistory.chain((history) =>
      fc.record({ history: fc.constant(history), records: arbRecords(history), later: arbRecords(history) }),
    );
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ history, records, later }) => {
        await reset();
        count('no room');
        // Only days the records add to, so there is no older day to drop, and storage full to the byte.
        const touched = changedDays(history, records.reduce(addRecord, history));
        const before: History = {
          version: 2,
          days: Object.fromEntries(Object.entries(history.days).filter(([k]) => touched.has(k))),
        };
        await fakeBrowser.storage.local.set({ ...OTHERS, history: encodeHistory(before) });
        const was = await stored();
        let budget = await bytesStored();
        const limit = limitLocalStorage(() => budget);
        const full = trim(records.reduce(addRecord, before));
        await appendRecords(records); // resolves: the worker must go on to set its alarm
        if (historyBytes(full) > historyBytes(before)) {
          expect(limit.counter.refused).toBeGreaterThan(0);
          expect(await stored()).toEqual(was);
        }
        budget = Number.POSITIVE_INFINITY; // room again (another item shrank)
        await appendRecords(later);
        expect(await readHistory()).toEqual(trim(later.reduce(addRecord, full)));
      }),
      { numRuns: RUNS },
    );
    passed += 1;
  });

  it('engine, checklist and routine writes make room from the oldest history days, never the newest', async () => {
    const arbCase = fc.record({
      history: bigHistory,
      store: fc.constantFrom('engine' as const, 'checklist' as const, 'routine' as const),
      tight: fc.integer({ min: 1, max: 3000 }),
    });
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ history, store, tight }) => {
        await reset();
        count(store);
        const before = trim(history);
        await fakeBrowser.storage.local.set({ history: encodeHistory(before) });
        const budget = Math.max((await bytesStored()) + 40 - tight, 1200);
        limitLocalStorage(() => budget);
        const now = Date.UTC(2026, 5, 1, 9);
        if (store === 'engine') expect(await writeEngineState(initialState(now))).toBe(true);
        if (store === 'checklist') await updateChecklistState((s) => ({ ...s, currentId: s.currentId }));
        if (store === 'routine') await muteExercise('neck-roll');
        expect(await bytesStored()).toBeLessThanOrEqual(budget);
        if (store === 'engine') expect((await readEngineState(now)).sittingSince).toBe(now);
        if (store === 'checklist') expect((await readChecklistState()).workstations).toHaveLength(1);
        if (store === 'routine') expect((await readRoutineState()).muted).toEqual(['neck-roll']);
        const after = await readHistory();
        const keys = Object.keys(before.days).sort();
        const left = Object.keys(after.days).sort();
        expect(left).toEqual(keys.slice(keys.length - left.length)); // only the oldest went
        expect(left.at(-1)).toBe(keys.at(-1)); // the newest stayed
        for (const key of left) expect(after.days[key]).toEqual(before.days[key]);
      }),
      { numRuns: 50 },
    );
    passed += 1;
  });

  it('a storage refusing every write: the engine carries on, the history keeps its days, the pages are told', async () => {
    await fc.assert(
      fc.asyncProperty(arbHistory, fc.boolean(), async (history, quota) => {
        await reset();
        count('every write refused');
        await fakeBrowser.storage.local.set({ history: encodeHistory(trim(history)) });
        const was = await fakeBrowser.storage.local.get();
        const error = new Error(quota ? QUOTA_MESSAGE : 'IO error: 000003.log: Read-only file system');
        vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(error);
        const now = new Date(2026, 2, 2, 12).getTime();
        const record = { what: 'natural' as const, kind: null, at: now };
        if (quota) {
          // The worker must go on to set its alarm: these resolve, keeping what they could not write.
          expect(await writeEngineState(initialState(now))).toBe(false);
          await appendRecords([record]);
        } else {
          // Anything but a full storage is passed on, as before.
          await expect(writeEngineState(initialState(now))).rejects.toBe(error);
          await expect(appendRecords([record])).rejects.toBe(error);
        }
        // A person's click in a page gets the error to show, and storage is as it was.
        await expect(updateChecklistState((s) => s)).rejects.toBe(error);
        await expect(muteExercise('neck-roll')).rejects.toBe(error);
        await expect(clearHistory()).rejects.toBe(error);
        expect(await fakeBrowser.storage.local.get()).toEqual(was);
      }),
      { numRuns: RUNS / 2 },
    );
    passed += 1;
  });

  it('trims nothing for a write that fails for another reason', async () => {
    const before = trim(fc.sample(bigHistory, { numRuns: 1, seed: 7 })[0] as History);
    await fakeBrowser.storage.local.set({ history: encodeHistory(before) });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    await expect(appendRecords([{ what: 'natural', kind: null, at: Date.now() }])).rejects.toThrow('IO error');
    expect(await readHistory()).toEqual(before);
    passed += 1;
  });

  afterAll(() => {
    if (passed !== TESTS) return;
    const runs = Object.values(cases).reduce((a, b) => a + b, 0);
    const per = Object.entries(cases)
      .map(([what, n]) => `${what} ${n}`)
      .join(', ');
    recordFault({
      id: 'storage-quota',
      level: 'unit',
      fault: 'storage.local full: set() rejects with "QUOTA_BYTES quota exceeded"',
      injection: `fast-check: a fake storage.local with a byte quota counted as Chromium counts it, from "only the new day fits" to "everything fits", and one refusing every write (${per})`,
      runs,
      result: `${runs} of ${runs}: no throw from the worker's writes, every new record kept, oldest history days dropped first (fewer than twice as many as needed), storage unchanged when nothing fits`,
    });
  });
});
