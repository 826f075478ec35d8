/**
 * Generators for storage that holds garbage: anything at all, and near-valid objects with some
 * fields broken, each paired with what reading it back must give.
 */
import fc from 'fast-check';
import { ANSWERS, type ChecklistState, type Workstation } from '../../../src/core/checklist/types';
import { emptyPostureDay, type WorkstationNames } from '../../../src/core/checklist/workstations';
import { getPath, SETTINGS_FIELDS, setPath } from '../../../src/core/presets/partial-settings';
import type { RoutineState } from '../../../src/core/routine/parse-routine-state';
import { BODY_AREAS, EQUIPMENT, POSITIONS } from '../../../src/core/routine/types';
import { DEFAULT_SETTINGS, PROMPT_STYLES, type Settings, WEEKDAYS } from '../../../src/core/settings/defaults';
import { LIMITS } from '../../../src/core/settings/limits';
import { validateSettings } from '../../../src/core/settings/validate';

/** Garbage of every type storage could hand back (Firefox keeps structured clones, not just JSON). */
export const anyGarbage = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Garbage that survives JSON, as Chromium stores it. */
export const jsonGarbage = fc.jsonValue({ maxDepth: 3 });

type Obj = Record<string, unknown>;

// --- settings ---------------------------------------------------------------------------------

/** True when `value` is accepted for `field` on its own, as it is. */
function validFor(field: string, value: unknown): boolean {
  const { settings, errors } = validateSettings(setPathCopy(field, value));
  return !errors.some((e) => e.field === field) && JSON.stringify(getPath(settings, field)) === JSON.stringify(value);
}

function setPathCopy(field: string, value: unknown): Obj {
  const o: Obj = {};
  setPath(o, field, value);
  return o;
}

const TIMES = ['00:00', '06:45', '08:00', '12:30', '17:00', '23:59'];
const LISTS = [WEEKDAYS, BODY_AREAS, POSITIONS, EQUIPMENT] as readonly (readonly string[])[];

/** Valid values for one field, found by trying candidates of every kind on the real check. */
function validValues(field: string): fc.Arbitrary<unknown> {
  const fallback = getPath(DEFAULT_SETTINGS, field);
  const range = (LIMITS as Record<string, { min: number; max: number }>)[field];
  const list = LISTS.find((l) => validFor(field, [...l]));
  if (list) return fc.subarray([...list]);
  const candidates = [
    true,
    false,
    ...TIMES,
    ...PROMPT_STYLES,
    ...(range ? [range.min, range.max, Math.round((range.min + range.max) / 2)] : []),
  ].filter((v) => validFor(field, v));
  return candidates.length ? fc.constantFrom(fallback, ...candidates) : fc.constant(fallback);
}

/** Values that are wrong for `field`: the wrong type, out of range, not in the list. */
function brokenValues(field: string): fc.Arbitrary<unknown> {
  return fc
    .oneof(
      fc.constant(undefined), // missing: the default, quietly
      fc.constant(null),
      fc.string({ maxLength: 8 }),
      fc.integer({ min: -1000, max: 100_000 }),
      fc.double(),
      fc.boolean(),
      fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.nat())),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.nat()),
    )
    .filter((v) => !validFor(field, v));
}

const SECTIONS = Object.keys(DEFAULT_SETTINGS).filter(
  (k) => typeof (DEFAULT_SETTINGS as unknown as Obj)[k] === 'object',
);

/** Valid settings, every cross-field rule kept (working days listed, the day ending after it starts). */
export const arbValidSettings: fc.Arbitrary<Settings> = fc
  .record(Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, validValues(f)])))
  .map((values) => {
    const s: Obj = {};
    for (const [f, v] of Object.entries(values)) setPath(s, f, v);
    return s as unknown as Settings;
  })
  .filter((s) => validateSettings(s).errors.length === 0);

export interface BrokenSettings {
  /** What is stored as the `settings` body. */
  body: Obj;
  /** The settings reading it back must give. */
  expected: Settings;
  /** Fields present with a bad value, or in a section that is not an object: each is reported. */
  reported: Set<string>;
}

/**
 * Valid settings with some fields (or whole sections) broken. A broken field must read as its
 * default and every other field as stored; cases where a default would break a cross-field rule
 * with a kept field (the day ending before it starts) are left out by the caller.
 */
export const arbBrokenSettings: fc.Arbitrary<BrokenSettings> = fc
  .tuple(
    arbValidSettings,
    fc.uniqueArray(fc.constantFrom(...SETTINGS_FIELDS), { minLength: 1, maxLength: 8 }),
    fc.subarray(SECTIONS, { maxLength: 2 }),
    fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.nat(), fc.array(fc.nat(), { maxLength: 2 })),
  )
  .chain(([valid, fields, sections, sectionJunk]) =>
    fc.tuple(...fields.map((f) => brokenValues(f))).map((junk) => {
      const body = structuredClone(valid) as unknown as Obj;
      const expected = structuredClone(valid) as unknown as Obj;
      const reported = new Set<string>();
      fields.forEach((f, i) => {
        setPath(body, f, junk[i]);
        setPath(expected, f, structuredClone(getPath(DEFAULT_SETTINGS, f)));
        if (junk[i] !== undefined) reported.add(f);
      });
      for (const section of sections) {
        body[section] = sectionJunk;
        expected[section] = structuredClone((DEFAULT_SETTINGS as unknown as Obj)[section]);
        for (const f of SETTINGS_FIELDS) if (f.startsWith(`${section}.`)) reported.delete(f);
        reported.add(section);
      }
      return { body, expected: expected as unknown as Settings, reported };
    }),
  );

// --- checklist --------------------------------------------------------------------------------

export const NAMES: WorkstationNames = { first: 'My desk', numbered: (n) => `Desk ${n}` };

const dayKey = fc
  .date({ min: new Date(2024, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const postureDay = fc.record({
  answered: fc.nat(50),
  yes: fc.record({ lumbar: fc.nat(9), feet: fc.nat(9), reach: fc.nat(9) }),
  no: fc.record({ lumbar: fc.nat(9), feet: fc.nat(9), reach: fc.nat(9) }),
});

const itemId = fc.stringMatching(/^[a-z][a-z-]{0,12}$/);

const workstation: fc.Arbitrary<Workstation> = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,10}$/),
  name: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[a-z]$/),
  answers: fc.dictionary(itemId, fc.constantFrom(...ANSWERS), { maxKeys: 6 }),
  lastFullCheckAt: fc.option(fc.nat()),
});

export const arbChecklistState: fc.Arbitrary<ChecklistState> = fc
  .record({
    workstations: fc.uniqueArray(workstation, { minLength: 1, maxLength: 4, selector: (w) => w.id }),
    pick: fc.nat(),
    postureChecks: fc.dictionary(dayKey, postureDay, { maxKeys: 8 }),
  })
  .map(({ workstations, pick, postureChecks }) => ({
    version: 1 as const,
    workstations,
    currentId: (workstations[pick % workstations.length] as Workstation).id,
    postureChecks,
  }));

const notAnAnswer = fc.oneof(fc.constant('maybe'), fc.constant(null), fc.nat(), fc.boolean(), fc.constant('YES'));
const notAName = fc.oneof(fc.constant(null), fc.nat(), fc.constant(''), fc.constant('   '), fc.array(fc.string()));
const notATime = fc.oneof(fc.constant(-1), fc.constant('yesterday'), fc.constant(null), fc.boolean());
const notACount = fc.oneof(fc.constant(-2), fc.constant(1.5), fc.constant('3'), fc.constant(null));

export interface BrokenChecklist {
  stored: unknown;
  expected: ChecklistState;
}

/**
 * A valid state with junk mixed in: desks that are not desks (dropped), bad answers next to good
 * ones (the bad dropped), a bad name (a numbered one), a bad check time (none), a bad current desk
 * (the first), bad posture days (dropped) and bad counts (zero).
 */
export const arbBrokenChecklist: fc.Arbitrary<BrokenChecklist> = fc
  .tuple(
    arbChecklistState,
    fc.array(fc.oneof(fc.constant(null), fc.string(), fc.nat(), fc.record({ name: fc.string() })), { maxLength: 3 }),
    fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), notAnAnswer, notAName, notATime), {
      minLength: 4,
      maxLength: 4,
    }),
    fc.boolean(),
    fc.array(fc.tuple(dayKey, fc.oneof(fc.constant('junk'), fc.constant(null), fc.nat())), { maxLength: 2 }),
    fc.option(fc.tuple(fc.constantFrom('answered', 'lumbar', 'reach'), notACount)),
  )
  .map(([valid, junkDesks, breaks, breakCurrent, junkDays, badCount]) => {
    const expected = structuredClone(valid);
    const stored = structuredClone(valid) as unknown as Obj;
    const desks = (stored.workstations as Obj[]).map((w, i) => {
      const [badAnswer, badName, badTime, answer, name, time] = breaks[i] as (typeof breaks)[number];
      const want = expected.workstations[i] as Workstation;
      if (badAnswer) (w.answers as Obj).Junk_Item = answer; // no item id looks like this one
      if (badName) {
        w.name = name;
        want.name = NAMES.numbered(i + 1);
      }
      if (badTime) {
        w.lastFullCheckAt = time;
        want.lastFullCheckAt = null;
      }
      return w;
    });
    // Junk desks go in between; they take no place in the numbering.
    stored.workstations = junkDesks.reduce<unknown[]>((list, junk, i) => {
      list.splice(Math.min(i * 2, list.length), 0, junk);
      return list;
    }, desks);
    if (breakCurrent) {
      stored.currentId = 42;
      expected.currentId = (expected.workstations[0] as Workstation).id;
    }
    const days = stored.postureChecks as Obj;
    for (const [key, junk] of junkDays) {
      if (key in days) continue;
      days[key] = junk;
    }
    const first = Object.keys(days).find((k) => typeof days[k] === 'object' && days[k] !== null);
    if (badCount && first) {
      const [field, value] = badCount;
      const day = days[first] as Obj;
      const want = expected.postureChecks[first] ?? emptyPostureDay();
      if (field === 'answered') {
        day.answered = value;
        want.answered = 0;
      } else {
        (day.yes as Obj)[field] = value;
        want.yes[field as 'lumbar' | 'reach'] = 0;
      }
    }
    return { stored, expected };
  });

// --- routine ----------------------------------------------------------------------------------

const exerciseId = fc.stringMatching(/^[a-z][a-z-]{0,14}$/);
const notAnId = fc.oneof(fc.constant(''), fc.constant(null), fc.nat(), fc.record({ id: exerciseId }), fc.boolean());

export interface BrokenRoutine {
  stored: unknown;
  expected: RoutineState;
}

/** Lists of ids with junk and repeats mixed in: every id is kept once, in order; junk is dropped. */
export const arbBrokenRoutine: fc.Arbitrary<BrokenRoutine> = fc
  .record({
    stretch: fc.array(fc.oneof(exerciseId, notAnId), { maxLength: 8 }),
    micro: fc.oneof(fc.array(fc.oneof(exerciseId, notAnId), { maxLength: 8 }), fc.string(), fc.constant(null)),
    muted: fc.oneof(fc.array(fc.oneof(exerciseId, notAnId), { maxLength: 8 }), fc.nat()),
    version: fc.oneof(fc.constant(1), fc.anything()),
  })
  .map(({ stretch, micro, muted, version }) => {
    const ids = (v: unknown) =>
      Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x !== ''))] : [];
    return {
      stored: { version, used: { stretch, micro }, muted },
      expected: { version: 1 as const, used: { stretch: ids(stretch), micro: ids(micro) }, muted: ids(muted) },
    };
  });
