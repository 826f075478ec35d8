/**
 * Fault: storage holds garbage — any value of any type under each key, and near-valid objects
 * with some fields broken. Read through the real loaders (src/platform/*-store.ts) from the fake
 * browser's storage: never a throw, bad fields fall back to their defaults one by one, good ones
 * are kept, and every readable history day is kept.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseChecklistState } from '../../../src/core/checklist/parse-checklist-state';
import { copyDay, type DayRecord, emptyAreaSeconds, type History, KEEP_DAYS } from '../../../src/core/history/daily';
import { encodeHistory, HISTORY_COLUMNS } from '../../../src/core/history/format';
import { parseHistory } from '../../../src/core/history/parse-history';
import { parseRoutineState } from '../../../src/core/routine/parse-routine-state';
import { initialState } from '../../../src/core/schedule/initial-state';
import { parseEngineState } from '../../../src/core/schedule/parse-state';
import { reduce } from '../../../src/core/schedule/reduce';
import type { EngineState } from '../../../src/core/schedule/types';
import { BREAK_KINDS } from '../../../src/core/schedule/types';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { LIMITS } from '../../../src/core/settings/limits';
import { SETTINGS_VERSION } from '../../../src/core/settings/migrate';
import { validateSettings } from '../../../src/core/settings/validate';
import { readChecklistState } from '../../../src/platform/checklist-store';
import { readEngineState } from '../../../src/platform/engine-store';
import { readHistory } from '../../../src/platform/history-store';
import { readRoutineState } from '../../../src/platform/routine-store';
import { readSettings } from '../../../src/platform/settings-store';
import { recordFault } from '../../reliability-log';
import { history as arbHistory } from '../history/arbitraries';
import { arbScenario, simulate } from '../schedule/arbitraries';
import { anyGarbage, arbBrokenChecklist, arbBrokenRoutine, arbBrokenSettings, jsonGarbage, NAMES } from './garbage';

const RUNS = 1000;

type Area = 'local' | 'sync';

/** Storage hands the loader `raw` as it is (Firefox's storage.local keeps structured clones). */
function holdRaw(area: Area, key: string, raw: unknown): void {
  vi.spyOn(fakeBrowser.storage[area], 'get').mockImplementation(async () => ({ [key]: raw }));
}

/** Storage holds `raw` the way Chromium keeps it: as JSON. */
async function holdJson(area: Area, key: string, raw: unknown): Promise<void> {
  await fakeBrowser.storage[area].set({ [key]: raw });
}

function reset(): void {
  vi.restoreAllMocks();
  fakeBrowser.reset();
}

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Cases run per store, for the reliability row. */
const ran: Record<string, number> = {};
const count = (store: string) => {
  ran[store] = (ran[store] ?? 0) + 1;
};
let passed = 0;
const TESTS = 11;

describe('fault: storage holds garbage, read through the real loaders', { timeout: 60_000 }, () => {
  beforeEach(reset);
  afterEach(reset);

  describe('settings (storage.sync, storage.local)', () => {
    it('never throws on anything stored in either area, and always gives valid settings', async () => {
      await fc.assert(
        fc.asyncProperty(anyGarbage, anyGarbage, fc.boolean(), async (sync, local, wrapped) => {
          reset();
          count('settings');
          const wrap = (body: unknown) => (wrapped ? { version: SETTINGS_VERSION, savedAt: 3, settings: body } : body);
          holdRaw('sync', 'settings', wrap(sync));
          holdRaw('local', 'settings', local);
          const { settings } = await readSettings();
          expect(validateSettings(json(settings)).errors).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });

    it('gives each broken field its default and reports it, and keeps every other field', async () => {
      await fc.assert(
        fc.asyncProperty(arbBrokenSettings, async ({ body, expected, reported }) => {
          // A default next to a kept value can break a rule between fields (the day ending before
          // it starts); validateSettings then resets both, which validate.test.ts covers.
          fc.pre(validateSettings(expected).errors.length === 0);
          reset();
          count('settings');
          await holdJson('sync', 'settings', { version: SETTINGS_VERSION, savedAt: 3, settings: body });
          const read = await readSettings();
          expect(read.settings).toEqual(expected);
          expect(new Set(read.errors.map((e) => e.field))).toEqual(reported);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });
  });

  describe('engine state', () => {
    const NOW = new Date(2026, 2, 2, 10, 0).getTime();

    it('never throws on anything stored, and always gives a state it can read back', async () => {
      await fc.assert(
        fc.asyncProperty(anyGarbage, async (raw) => {
          reset();
          count('engine');
          holdRaw('local', 'engine', raw);
          const state = await readEngineState(NOW);
          expect(parseEngineState(json(state), NOW)).toEqual({ state, repaired: false });
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });

    const getLeaf = (v: unknown, path: string[]) =>
      path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], v);
    const setLeaf = (v: Record<string, unknown>, path: string[], value: unknown) => {
      (getLeaf(v, path.slice(0, -1)) as Record<string, unknown>)[path.at(-1) as string] = value;
    };
    /** Every leaf of a stored state, by path. */
    const leaves = (v: unknown, path: string[] = []): string[][] =>
      typeof v === 'object' && v !== null && !Array.isArray(v)
        ? Object.entries(v).flatMap(([k, child]) => leaves(child, [...path, k]))
        : [path];
    const NAMES_IN_STATE = [
      'sitting',
      'prompted',
      'taking',
      'paused',
      'off-hours',
      'stretch',
      'micro',
      'sit',
      'stand',
      'move',
      'fullscreen',
      'meeting',
    ];
    const badLeaf = fc
      .oneof(
        fc.string({ maxLength: 6 }),
        fc.boolean(),
        fc.integer({ min: -1e12, max: -1 }),
        fc.constant({}),
        fc.constant([3]),
        fc.constant(undefined),
      )
      .filter((v) => !NAMES_IN_STATE.includes(v as string));
    /** Fields with a fallback of their own: the rest of the state is kept when only they are bad. */
    const optional = (path: string[]) => path[0] === 'checkSince' || path[0] === 'posture' || path[1] === 'deferred';

    it('keeps a valid state whole, falls back field by field where there is a fallback, and otherwise starts fresh', async () => {
      const arbCase = fc
        .tuple(arbScenario(15), fc.integer({ min: 0, max: 3 * 60 * 60_000 }))
        .map(([scenario, later]) => {
          const state = json(simulate(scenario).state);
          return { state, now: state.lastEventAt + later };
        })
        .chain(({ state, now }) =>
          fc.record({
            state: fc.constant(state),
            now: fc.constant(now),
            breaks: fc.array(fc.tuple(fc.constantFrom(...leaves(state)), badLeaf), { maxLength: 3 }),
          }),
        );
      await fc.assert(
        fc.asyncProperty(arbCase, async ({ state, now, breaks }) => {
          reset();
          count('engine');
          const stored = structuredClone(state) as unknown as Record<string, unknown>;
          for (const [path, value] of breaks) {
            let obj = stored;
            for (const key of path.slice(0, -1)) obj = obj[key] as Record<string, unknown>;
            if (typeof obj !== 'object' || obj === null) continue;
            obj[path.at(-1) as string] = value;
          }
          await holdJson('local', 'engine', stored);
          const read = await readEngineState(now);
          if (breaks.length === 0) return void expect(read).toEqual(state);
          if (breaks.some(([path]) => !optional(path))) return void expect(read).toEqual(initialState(now));
          const expected: EngineState = structuredClone(state);
          for (const [path] of breaks) {
            if (path[0] === 'checkSince') expected.checkSince = state.sittingSince;
            if (path[0] === 'posture') expected.posture = { phase: 'sit', since: state.sittingSince };
            if (path[1] === 'deferred') expected.stage = { name: 'sitting' };
          }
          expect(read).toEqual(expected);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });
    it('keeps no readable but impossible instant: nothing holds a break back longer than its longest interval', async () => {
      const timeLeaf = (path: string[]) =>
        !['version', 'snoozes', 'sittingMs'].includes(path.at(-1) as string) && path[1] !== 'elapsed';
      const arbCase = fc
        .tuple(arbScenario(15), fc.integer({ min: 0, max: 3 * 60 * 60_000 }))
        .map(([scenario, later]) => {
          const state = json(simulate(scenario).state);
          return { state, now: state.lastEventAt + later };
        })
        .chain(({ state, now }) => {
          const times = leaves(state).filter((p) => timeLeaf(p) && typeof getLeaf(state, p) === 'number');
          return fc.record({
            state: fc.constant(state),
            now: fc.constant(now),
            moves: fc.array(fc.tuple(fc.constantFrom(...times), fc.integer({ min: 0, max: 4e12 })), {
              minLength: 1,
              maxLength: 3,
            }),
          });
        });
      await fc.assert(
        fc.asyncProperty(arbCase, async ({ state, now, moves }) => {
          reset();
          count('engine');
          const stored = structuredClone(state) as unknown as Record<string, unknown>;
          for (const [path, value] of moves) setLeaf(stored, path, value);
          await holdJson('local', 'engine', stored);
          const settings = defaultSettings();
          const { state: after } = reduce(await readEngineState(now), { type: 'start' }, now, settings);
          for (const t of [after.sittingSince, after.checkSince, after.posture.since, after.awaySince ?? now]) {
            expect(t).toBeLessThanOrEqual(now);
          }
          const longest = LIMITS['stretchBreak.everyMinutes'].max * 60_000;
          for (const kind of BREAK_KINDS) {
            expect(after.timers[kind].anchor).toBeLessThanOrEqual(now);
            const until = after.timers[kind].snoozedUntil;
            if (until !== null) expect(until).toBeLessThanOrEqual(now + longest);
          }
          if (after.stage.name === 'taking') expect(after.stage.endsAt).toBeLessThanOrEqual(now + longest);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });
  });

  describe('history', () => {
    it('never throws on anything stored, and gives a history that stores and reads back the same', async () => {
      await fc.assert(
        fc.asyncProperty(anyGarbage, async (raw) => {
          reset();
          count('history');
          holdRaw('local', 'history', raw);
          const history = await readHistory();
          expect(Object.keys(history.days).length).toBeLessThanOrEqual(KEEP_DAYS);
          expect(parseHistory(json(encodeHistory(history)))).toEqual(history);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });

    const badCell = fc.constantFrom(-1, 1.5, '7', true, {}, 101.5);
    const badDay = fc.constantFrom('garbled', 5, null, {}, true);
    const badKey = fc.constantFrom('2026-13-01', '2026-02-30x', 'yesterday', '', '26-01-01');

    /** A day with the column at `index` read as empty. */
    function emptied(day: DayRecord, index: number): DayRecord {
      const out = copyDay(day);
      const column = HISTORY_COLUMNS[index] as string;
      if (column === 'areaSeconds') out.areaSeconds = emptyAreaSeconds();
      else if (column === 'checklistScore') out.checklistScore = null;
      else {
        const path = column.split('.');
        let holder = out as unknown as Record<string, unknown>;
        for (const step of path.slice(0, -1)) holder = holder[step] as Record<string, unknown>;
        holder[path.at(-1) as string] = 0;
      }
      return out;
    }

    it('keeps every valid day and every good column, whatever junk is among them', async () => {
      const arbCase = arbHistory.chain((history) => {
        const keys = Object.keys(history.days);
        return fc.record({
          history: fc.constant(history),
          cells: fc.array(fc.tuple(fc.constantFrom('', ...keys), fc.nat(HISTORY_COLUMNS.length - 1), badCell), {
            maxLength: 6,
          }),
          junkDays: fc
            .subarray(keys, { maxLength: Math.min(3, keys.length) })
            .chain((ks) => fc.tuple(fc.constant(ks), fc.array(badDay, { minLength: ks.length, maxLength: ks.length }))),
          junkKeys: fc.array(fc.tuple(badKey, fc.array(fc.nat(9), { maxLength: 3 })), { maxLength: 3 }),
        });
      });
      await fc.assert(
        fc.asyncProperty(arbCase, async ({ history, cells, junkDays, junkKeys }) => {
          reset();
          count('history');
          const stored = json(encodeHistory(history)) as { v: number; d: Record<string, unknown> };
          const expected: History = { version: 2, days: { ...history.days } };
          for (const [key, index, junk] of cells) {
            const day = stored.d[key];
            if (!Array.isArray(day)) continue;
            while (day.length <= index) day.push(0);
            day[index] = junk;
            expected.days[key] = emptied(expected.days[key] as DayRecord, index);
          }
          const [dropKeys, junk] = junkDays;
          dropKeys.forEach((key, i) => {
            stored.d[key] = junk[i];
            delete expected.days[key];
          });
          for (const [key, value] of junkKeys) stored.d[key] = value;
          await holdJson('local', 'history', stored);
          expect(await readHistory()).toEqual(expected);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });
  });

  describe('checklist state', () => {
    it('never throws on anything stored, and always gives at least one desk, the current one among them', async () => {
      await fc.assert(
        fc.asyncProperty(anyGarbage, async (raw) => {
          reset();
          count('checklist');
          holdRaw('local', 'checklist', raw);
          const state = await readChecklistState();
          expect(state.workstations.length).toBeGreaterThan(0);
          expect(state.workstations.map((w) => w.id)).toContain(state.currentId);
          expect(parseChecklistState(json(state), NAMES)).toEqual(state);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });

    it('keeps every desk, answer and posture day that reads, and gives the rest their defaults', async () => {
      await fc.assert(
        fc.asyncProperty(arbBrokenChecklist, async ({ stored, expected }) => {
          reset();
          count('checklist');
          await holdJson('local', 'checklist', stored);
          expect(await readChecklistState()).toEqual(expected);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });
  });

  describe('routine state', () => {
    it('never throws on anything stored', async () => {
      await fc.assert(
        fc.asyncProperty(anyGarbage, async (raw) => {
          reset();
          count('routine');
          holdRaw('local', 'routine', raw);
          const state = await readRoutineState();
          expect(parseRoutineState(json(state))).toEqual(state);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });

    it('keeps every id once, in order, and drops the junk among them', async () => {
      await fc.assert(
        fc.asyncProperty(arbBrokenRoutine, jsonGarbage, async ({ stored, expected }, extra) => {
          reset();
          count('routine');
          await holdJson('local', 'routine', { ...(stored as object), extra });
          expect(await readRoutineState()).toEqual(expected);
        }),
        { numRuns: RUNS },
      );
      passed += 1;
    });
  });

  afterAll(() => {
    if (passed !== TESTS) return;
    const runs = Object.values(ran).reduce((a, b) => a + b, 0);
    console.log('storage-garbage cases', ran);
    const per = Object.entries(ran)
      .map(([store, n]) => `${store} ${n.toLocaleString('en')}`)
      .join(', ');
    recordFault({
      id: 'storage-garbage',
      level: 'unit',
      fault: 'Storage holds garbage: any value of any type, or near-valid objects with fields broken',
      injection: `fast-check through the real loaders on the fake browser's storage: fc.anything() (Maps, Dates, typed arrays, BigInts, null prototypes…) and valid objects with random fields broken, ${RUNS.toLocaleString('en')} of each per store (${per})`,
      runs,
      result: `${runs.toLocaleString('en')} of ${runs.toLocaleString('en')}: no throw; settings, checklist and routine fall back field by field and keep the rest; engine state keeps its fallbacks or starts fresh; every valid history day kept`,
    });
  });
});
