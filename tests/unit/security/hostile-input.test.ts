/**
 * Fault: hostile input. Every way data enters Sitwell from outside its own code (a backup or
 * preset file a person picks, the administrator's policy, what storage hands back, a message to
 * the worker) is fed valid data with prototype-pollution keys planted at random depths, and plain
 * garbage. Nothing read may carry a `__proto__`, `constructor` or `prototype` key of its own, no
 * prototype may change, and planted keys must change nothing else about what is read.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeItems } from '../../../src/core/checklist/merge';
import { parseChecklistState } from '../../../src/core/checklist/parse-checklist-state';
import {
  answer,
  createWorkstation,
  defaultChecklistState,
  type WorkstationNames,
} from '../../../src/core/checklist/workstations';
import { toBackup } from '../../../src/core/history/export';
import { encodeHistory } from '../../../src/core/history/format';
import { parseBackup } from '../../../src/core/history/import';
import { parseHistory } from '../../../src/core/history/parse-history';
import { parsePolicy } from '../../../src/core/presets/policy';
import { PRESET_FORMAT, PRESET_VERSION, parsePreset, parsePresetText } from '../../../src/core/presets/preset';
import { parseRoutineState } from '../../../src/core/routine/parse-routine-state';
import { BODY_AREAS } from '../../../src/core/routine/types';
import { dropPollutionKeys, POLLUTION_KEYS, parseJsonSafely } from '../../../src/core/safe-json';
import { initialState } from '../../../src/core/schedule/initial-state';
import { parseEngineState } from '../../../src/core/schedule/parse-state';
import { BREAK_KINDS, PAUSE_CHOICES } from '../../../src/core/schedule/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { loadSettings, SETTINGS_VERSION } from '../../../src/core/settings/migrate';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../../../src/data/checklist';
import { resetLanguageForTests, say } from '../../../src/platform/i18n';
import { parseRequest, REQUEST_SOURCES } from '../../../src/shared/messages';
import { recordFault } from '../../reliability-log';
import { dayKeyArb, history, posture } from '../history/arbitraries';

const RUNS = { backup: 150, preset: 300, policy: 300, stored: 300, garbage: 500, messages: 1000 } as const;

const NOW = new Date(2026, 10, 26, 15, 0).getTime();
const NAMES: WorkstationNames = { first: 'My desk', numbered: (n) => `Desk ${n}` };
const CHECKLIST = { sections: CHECKLIST_SECTIONS, items: CHECKLIST_ITEMS };
const ITEM_IDS = CHECKLIST_ITEMS.map((item) => item.id);

// ---------------------------------------------------------------------------------------------
// Planting the keys

/** What a pollution attempt carries: objects aimed at a prototype, and values a check would pass. */
const payload: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant({ polluted: 'yes' }),
  fc.constant({ prototype: { polluted: 'yes' } }),
  fc.constant('{"__proto__":{"polluted":"yes"}}').map((text) => JSON.parse(text) as unknown),
  fc.constantFrom('yes', 'no', 'na', 1, 30, true, 'stretch', 'micro', '09:00', null),
  fc.dictionary(fc.constantFrom('polluted', 'isAdmin', 'toString', 'version'), fc.jsonValue({ maxDepth: 2 }), {
    maxKeys: 3,
  }),
);

interface Plant {
  at: number;
  key: string;
  value: unknown;
}

const plants = fc.array(fc.record({ at: fc.nat(), key: fc.constantFrom(...POLLUTION_KEYS), value: payload }), {
  minLength: 1,
  maxLength: 5,
});

let planted = 0;

function objectsIn(value: unknown, out: object[] = []): object[] {
  if (Array.isArray(value)) for (const v of value) objectsIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    out.push(value);
    for (const v of Object.values(value)) objectsIn(v, out);
  }
  return out;
}

/**
 * A copy of `clean` with each key planted, as an own enumerable property (as JSON.parse makes
 * `"__proto__"`), on an object chosen among all of clean's objects at any depth.
 */
function poison(clean: unknown, list: readonly Plant[]): unknown {
  const copy = structuredClone(clean);
  const targets = objectsIn(copy);
  if (targets.length === 0) return copy;
  for (const { at, key, value } of list) {
    const target = targets[at % targets.length] as object;
    // A fresh copy of the payload each time, its own `__proto__` keys kept (JSON keeps them).
    const fresh = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    Object.defineProperty(target, key, { value: fresh, enumerable: true, writable: true, configurable: true });
    planted += 1;
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// What must hold afterwards

const OBJECT_PROTO = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO = Object.getOwnPropertyNames(Array.prototype).sort();

/** The dotted path of the first own pollution key anywhere in `value`, or null. */
function pollutedPath(value: unknown, path = '$', seen = new Set<object>()): string | null {
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  for (const key of Object.getOwnPropertyNames(value)) {
    if (POLLUTION_KEYS.includes(key)) return `${path}.${key}`;
    const found = pollutedPath((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    if (found) return found;
  }
  return null;
}

function expectSafe(result: unknown): void {
  expect(pollutedPath(result)).toBeNull();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTO);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTO);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

// ---------------------------------------------------------------------------------------------
// Valid inputs to plant keys in

const answers = fc.dictionary(fc.constantFrom(...ITEM_IDS), fc.constantFrom('yes', 'no', 'na'), { maxKeys: 6 });

/** A checklist with one to three workstations, some answers and (as old states hold) posture checks. */
const checklistState = fc
  .record({
    extra: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 2 }),
    given: fc.array(answers, { minLength: 3, maxLength: 3 }),
    checks: fc.dictionary(dayKeyArb, posture, { maxKeys: 3 }),
  })
  .map(({ extra, given, checks }) => {
    let state = defaultChecklistState(NAMES);
    extra.forEach((name, i) => {
      state = createWorkstation(state, name, NOW + i, NAMES);
    });
    state.workstations.forEach((w, i) => {
      state = { ...state, currentId: w.id };
      for (const [item, a] of Object.entries(given[i] ?? {})) state = answer(state, item, a, NOW, CHECKLIST_ITEMS);
    });
    return { ...state, postureChecks: checks };
  });

const backupFile = fc
  .record({ h: history, checklist: checklistState })
  .map(({ h, checklist }) => toBackup({ settings: DEFAULT_SETTINGS, checklist, history: h, exportedAt: NOW }));

const extraItem = fc.record({
  id: fc.constantFrom('standing-mat', 'monitor-arm', 'quiet-room'),
  section: fc.constantFrom<unknown>('chair', { id: 'team-extras', title: 'Team extras' }),
  statement: fc.constant('There is a standing mat at the desk.'),
  tip: fc.constant('Ask facilities for one.'),
});

const partialSettings = fc.record(
  {
    stretchBreak: fc.record({ enabled: fc.boolean(), everyMinutes: fc.integer({ min: 20, max: 90 }) }),
    microBreak: fc.record({ durationSeconds: fc.integer({ min: 20, max: 60 }) }),
    snooze: fc.record({ minutes: fc.integer({ min: 1, max: 30 }) }),
    routine: fc.record({ focusAreas: fc.subarray([...BODY_AREAS]) }),
  },
  { requiredKeys: [] },
);

const presetFile = fc
  .record(
    {
      name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
      description: fc.string({ maxLength: 60 }),
      settings: partialSettings,
      checklistItems: fc.uniqueArray(extraItem, { selector: (i) => i.id, maxLength: 3 }),
    },
    { requiredKeys: ['name', 'settings'] },
  )
  .map((p) => ({ format: PRESET_FORMAT, version: PRESET_VERSION, ...p }));

const policyObject = fc.record(
  {
    organization: fc.constantFrom('Acme', 'Hospital trust'),
    enforced: partialSettings,
    defaults: partialSettings,
    checklistItems: fc.uniqueArray(extraItem, { selector: (i) => i.id, maxLength: 3 }),
    presets: fc.array(
      presetFile.map(({ format: _f, version: _v, ...rest }) => rest),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);

const storedSettings = partialSettings.map((settings) => ({
  version: SETTINGS_VERSION,
  savedAt: NOW,
  settings: { ...structuredClone(DEFAULT_SETTINGS), ...settings },
}));

const routineState = fc.record({
  version: fc.constant(1),
  used: fc.record({ stretch: fc.array(fc.string(), { maxLength: 4 }), micro: fc.array(fc.string(), { maxLength: 4 }) }),
  muted: fc.array(fc.string(), { maxLength: 4 }),
});

const engineState = fc.constantFrom(...BREAK_KINDS).map((kind) => ({
  ...initialState(NOW),
  stage: { name: 'prompted', kind, at: NOW },
}));

// ---------------------------------------------------------------------------------------------

let passed = 0;
const TOTAL = 9;

describe('hostile input: planted prototype-pollution keys', () => {
  it('the safe JSON reader and copier keep no pollution key and touch no prototype', () => {
    fc.assert(
      fc.property(fc.jsonValue(), plants, (value, list) => {
        const poisoned = poison(value, list);
        const fromText = parseJsonSafely(JSON.stringify(poisoned) ?? 'null');
        const copied = dropPollutionKeys(poisoned);
        expectSafe(fromText);
        expectSafe(copied);
        // Compared through JSON, which writes -0 as 0.
        expect(fromText).toEqual(JSON.parse(JSON.stringify(copied) ?? 'null'));
      }),
      { numRuns: RUNS.garbage },
    );
    passed += 1;
  });

  it('a backup file reads exactly as it would without the planted keys', () => {
    fc.assert(
      fc.property(backupFile, plants, (file, list) => {
        const clean = parseBackup(JSON.stringify(file), NAMES);
        expect(clean.ok).toBe(true);
        const text = JSON.stringify(poison(file, list));
        const read = parseBackup(text, NAMES);
        expectSafe(read);
        expect(read).toEqual(clean);
      }),
      { numRuns: RUNS.backup },
    );
    passed += 1;
  });

  it('a preset, as a file or as an object, reads exactly as it would without them', () => {
    fc.assert(
      fc.property(presetFile, plants, (file, list) => {
        const clean = parsePresetText(JSON.stringify(file), CHECKLIST);
        expect(clean.ok).toBe(true);
        const poisoned = poison(file, list);
        const fromText = parsePresetText(JSON.stringify(poisoned), CHECKLIST);
        const fromObject = parsePreset(poisoned, CHECKLIST);
        expectSafe(fromText);
        expectSafe(fromObject);
        expect(fromText).toEqual(clean);
        expect(fromObject).toEqual(clean);
      }),
      { numRuns: RUNS.preset },
    );
    passed += 1;
  });

  it('the policy applies exactly as it would without them', () => {
    fc.assert(
      fc.property(policyObject, plants, (policy, list) => {
        const clean = parsePolicy(policy, CHECKLIST);
        const read = parsePolicy(poison(policy, list), CHECKLIST);
        expectSafe(read);
        expect(read).toEqual(clean);
      }),
      { numRuns: RUNS.policy },
    );
    passed += 1;
  });

  it('stored settings, checklist, history, routine and timer state read exactly as without them', () => {
    fc.assert(
      fc.property(
        storedSettings,
        checklistState,
        history,
        routineState,
        engineState,
        fc.uniqueArray(extraItem, { selector: (i) => i.id, maxLength: 3 }),
        plants,
        (settings, checklist, h, routine, engine, items, list) => {
          const readers: [unknown, (raw: unknown) => unknown][] = [
            [settings, (raw) => loadSettings(raw)],
            [checklist, (raw) => parseChecklistState(raw, NAMES)],
            [encodeHistory(h), (raw) => parseHistory(raw)],
            [routine, (raw) => parseRoutineState(raw)],
            [engine, (raw) => parseEngineState(raw, NOW)],
            [items, (raw) => mergeItems(CHECKLIST, raw)],
          ];
          for (const [stored, read] of readers) {
            const result = read(poison(stored, list));
            expectSafe(result);
            expect(result).toEqual(read(stored));
          }
        },
      ),
      { numRuns: RUNS.stored },
    );
    passed += 1;
  });

  it('garbage with planted keys never throws anywhere and leaves nothing polluted', () => {
    fc.assert(
      fc.property(fc.jsonValue(), plants, (value, list) => {
        const raw = poison(value, list);
        const text = JSON.stringify(raw) ?? 'null';
        for (const result of [
          parseBackup(text, NAMES),
          parsePresetText(text, CHECKLIST),
          parsePreset(raw, CHECKLIST),
          parsePolicy(raw, CHECKLIST),
          loadSettings(raw),
          parseChecklistState(raw, NAMES),
          parseHistory(raw),
          parseRoutineState(raw),
          parseEngineState(raw, NOW),
          mergeItems(CHECKLIST, raw),
          parseRequest(raw),
        ]) {
          expectSafe(result);
        }
      }),
      { numRuns: RUNS.garbage },
    );
    passed += 1;
  });
});

describe('hostile input: names JavaScript keeps for itself', () => {
  it('refuses an extra checklist item named constructor or prototype, since answers are kept by item id', () => {
    resetLanguageForTests();
    const item = (id: string) => ({ id, section: 'chair', statement: 'A statement.', tip: 'A tip.' });
    const merged = mergeItems(CHECKLIST, [item('constructor'), item('prototype'), item('standing-mat')]);
    expect(merged.items.map((i) => i.id)).toContain('standing-mat');
    expect(merged.items.map((i) => i.id)).not.toContain('constructor');
    expect(merged.errors.map((e) => say(e.message))).toEqual([
      expect.stringMatching(/constructor.*id may not be "constructor" or "prototype"/),
      expect.stringMatching(/prototype.*id may not be "constructor" or "prototype"/),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Messages from pages to the worker

const action = fc.oneof(
  fc.constant({ type: 'start' }),
  fc.constantFrom(...BREAK_KINDS).map((kind) => ({ type: 'start', kind })),
  fc.record(
    {
      type: fc.constant('finish'),
      exercises: fc.array(fc.stringMatching(/^[a-z]+(-[a-z]+)*$/), { maxLength: 8 }),
      areaSeconds: fc.dictionary(fc.constantFrom(...BODY_AREAS), fc.nat(3600), { maxKeys: 4 }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.constantFrom({ type: 'skip' }, { type: 'snooze' }, { type: 'resume' }),
  fc.constantFrom(...PAUSE_CHOICES).map((choice) => ({ type: 'pause', for: choice })),
);

const request = fc.oneof(
  fc.record({ type: fc.constant('action'), action, from: fc.constantFrom(...REQUEST_SOURCES) }),
  fc.record({ type: fc.constant('open-break'), kind: fc.constantFrom(...BREAK_KINDS) }),
);

/** A key no request or action has: a random name, or a pollution key. */
const strayKey = fc.oneof(
  fc.constantFrom(...POLLUTION_KEYS),
  fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((k) => !['type', 'action', 'from', 'kind', 'for', 'exercises', 'areaSeconds'].includes(k)),
);

describe('hostile input: messages to the worker', () => {
  it('accepts every well-formed request as it is', () => {
    fc.assert(
      fc.property(request, (r) => {
        expect(parseRequest(structuredClone(r))).toEqual({ ok: true, request: r });
      }),
      { numRuns: RUNS.messages },
    );
    passed += 1;
  });

  it('refuses a request with any field it does not know, at either level, naming it', () => {
    fc.assert(
      fc.property(request, strayKey, fc.jsonValue(), fc.boolean(), (r, key, value, inAction) => {
        const copy = structuredClone(r) as Record<string, unknown>;
        const nested = inAction && copy.type === 'action';
        const target = (nested ? copy.action : copy) as object;
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
        const parsed = parseRequest(copy);
        expect(parsed).toEqual({ ok: false, field: nested ? `action.${key}` : key });
        expectSafe(parsed);
      }),
      { numRuns: RUNS.messages },
    );
    passed += 1;
  });

  it('never throws on anything, and what it accepts has only the fields it knows', () => {
    const known = new Set(['type', 'action', 'from', 'kind', 'for', 'exercises', 'areaSeconds', ...BODY_AREAS]);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withBigInt: true, withMap: true, withNullPrototype: true, withObjectString: true }),
          // A good request with one field, at either level, replaced by junk.
          fc.tuple(request, fc.nat(), fc.boolean(), fc.anything()).map(([r, at, inAction, junk]) => {
            const copy = structuredClone(r) as Record<string, unknown>;
            const target = (inAction && copy.type === 'action' ? copy.action : copy) as Record<string, unknown>;
            const keys = Object.keys(target);
            target[keys[at % keys.length] as string] = junk;
            return copy;
          }),
        ),
        (message) => {
          const parsed = parseRequest(message);
          expectSafe(parsed);
          if (!parsed.ok) return;
          const keys = objectsIn(parsed.request).flatMap((o) => Object.keys(o));
          expect(keys.filter((k) => !known.has(k))).toEqual([]);
          expect(parseRequest(structuredClone(parsed.request))).toEqual(parsed);
        },
      ),
      { numRuns: RUNS.messages },
    );
    passed += 1;
  });

  afterAll(() => {
    if (passed !== TOTAL) return; // a property failed: no row
    const runs = RUNS.garbage * 2 + RUNS.backup + RUNS.preset + RUNS.policy + RUNS.stored + RUNS.messages * 3;
    recordFault({
      id: 'hostile-input',
      level: 'unit',
      fault: 'hostile input: prototype-pollution keys and malformed messages',
      injection: `fast-check: __proto__, constructor and prototype keys planted at random depths (${planted.toLocaleString('en')} in all) in valid backup files, preset files, policies and stored settings, checklist, history, routine and timer state, and in random JSON; well-formed, extended and junk-filled requests to the worker`,
      runs,
      result: `${runs.toLocaleString('en')} of ${runs.toLocaleString('en')}: no pollution key in anything read, no prototype changed, planted keys change nothing else; every request with an unknown field or value refused with its path`,
    });
  });
});
