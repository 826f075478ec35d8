/**
 * A synthetic exercise library for the routine tests (the real one lives in src/data/ and is not
 * the picker's concern), fast-check generators for libraries and filters, and an oracle written
 * from the brief's wording rather than from src/core/routine/filters.ts.
 */
import fc from 'fast-check';
import {
  BODY_AREAS,
  type BodyArea,
  EQUIPMENT,
  type Equipment,
  type Exercise,
  type ExerciseUse,
  POSITIONS,
  type Position,
} from '../../../src/core/routine/types';
import type { BreakKind } from '../../../src/core/schedule/types';
import type { Settings } from '../../../src/core/settings/defaults';

type Filters = Settings['routine'];

interface Spec {
  id: string;
  areas: readonly BodyArea[];
  position: Position;
  equipment?: readonly Equipment[];
  seconds?: number;
  uses?: readonly ExerciseUse[];
}

export function exercise(spec: Spec): Exercise {
  return {
    id: spec.id,
    areas: spec.areas,
    position: spec.position,
    equipment: spec.equipment ?? [],
    dose: { kind: 'timed', seconds: spec.seconds ?? 30 },
    seconds: spec.seconds ?? 30,
    stepCount: 2,
    cautions: [],
    figure: 'generic',
    uses: spec.uses ?? ['stretch'],
  };
}

/** A small hand-made library covering each filter once or twice. */
export const LIBRARY: readonly Exercise[] = [
  exercise({ id: 'eye-rest', areas: ['eyes'], position: 'seated', seconds: 20, uses: ['micro'] }),
  exercise({ id: 'chin-tuck', areas: ['neck'], position: 'seated', seconds: 20, uses: ['micro', 'stretch'] }),
  exercise({ id: 'shoulder-shrug', areas: ['shoulders', 'neck'], position: 'standing', seconds: 30 }),
  exercise({ id: 'seated-twist', areas: ['upper-back', 'lower-back'], position: 'seated', equipment: ['chair'] }),
  exercise({ id: 'calf-stretch', areas: ['legs'], position: 'standing', equipment: ['wall'], seconds: 40 }),
  exercise({ id: 'thigh-stretch', areas: ['hip-flexors'], position: 'standing', equipment: ['desk'], seconds: 60 }),
  exercise({ id: 'glute-bridge', areas: ['hips', 'lower-back'], position: 'floor', seconds: 90 }),
  exercise({ id: 'band-hip', areas: ['hips'], position: 'standing', equipment: ['resistance-band'], seconds: 90 }),
  exercise({ id: 'side-lunge', areas: ['legs', 'hips'], position: 'standing', equipment: ['dumbbells'] }),
  exercise({ id: 'mat-kneel', areas: ['hip-flexors'], position: 'seated', equipment: ['mat'] }),
];

export const byId = (id: string): Exercise => {
  const found = LIBRARY.find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id} in the test library`);
  return found;
};

/** Every filter off: any position, all kit, at home, every area. */
export const OPEN: Filters = { focusAreas: [], positions: [...POSITIONS], equipment: [...EQUIPMENT], atOffice: false };

const HOME_KIT: readonly string[] = ['resistance-band', 'dumbbells', 'mat'];

/** The brief's rules, spelled out independently: may this exercise appear in a `kind` routine? */
export function oracle(e: Exercise, filters: Filters, muted: readonly string[], kind: BreakKind): boolean {
  if (!e.uses.includes(kind) || muted.includes(e.id)) return false;
  if (!filters.positions.includes(e.position)) return false;
  for (const item of e.equipment) if (!filters.equipment.includes(item)) return false;
  if (filters.atOffice && (e.position === 'floor' || e.equipment.some((item) => HOME_KIT.includes(item)))) {
    return false;
  }
  if (kind === 'micro' || filters.focusAreas.length === 0) return true;
  return e.areas.some((area) => filters.focusAreas.includes(area));
}

const arbSpec = fc.record({
  areas: fc.subarray([...BODY_AREAS], { minLength: 1, maxLength: 3 }),
  position: fc.constantFrom(...POSITIONS),
  equipment: fc.oneof(
    { weight: 3, arbitrary: fc.constant<Equipment[]>([]) },
    { weight: 2, arbitrary: fc.subarray([...EQUIPMENT], { maxLength: 2 }) },
  ),
  // Multiples of 5 s, as real doses are, so a routine often lands exactly on the break's length.
  seconds: fc.integer({ min: 1, max: 60 }).map((n) => n * 5),
  uses: fc.subarray<ExerciseUse>(['micro', 'stretch'], { minLength: 1 }),
});

/** Libraries of 1 to 30 exercises with unique ids. */
export const arbLibrary: fc.Arbitrary<Exercise[]> = fc
  .array(arbSpec, { minLength: 1, maxLength: 30, size: 'medium' })
  .map((specs) => specs.map((spec, i) => exercise({ ...spec, id: `ex-${i}` })));

/** Filters leaning open, so most generated pools hold a few exercises rather than none. */
export const arbFilters: fc.Arbitrary<Filters> = fc.record({
  focusAreas: fc.oneof(
    { weight: 2, arbitrary: fc.constant<BodyArea[]>([]) },
    { weight: 3, arbitrary: fc.subarray([...BODY_AREAS], { minLength: 2 }) },
  ),
  positions: fc.subarray([...POSITIONS], { minLength: 1 }),
  equipment: fc.oneof(fc.constant<Equipment[]>([...EQUIPMENT]), fc.subarray([...EQUIPMENT])),
  atOffice: fc.boolean(),
});

/** A library with a mute list drawn from its ids, plus a stray id the library does not know. */
export const arbLibraryAndMuted = arbLibrary.chain((library) =>
  fc.tuple(
    fc.constant(library),
    fc
      .subarray(
        library.map((e) => e.id),
        { maxLength: Math.min(4, library.length) },
      )
      .map((ids) => [...ids, 'no-such-exercise']),
  ),
);

export const arbKind = fc.constantFrom<BreakKind>('stretch', 'micro');
export const arbSeed = fc.integer();
/** Break lengths in seconds, from 5 s to 30 min: mostly whole 5-second steps, sometimes any second. */
export const arbSeconds = fc.oneof(
  fc.integer({ min: 1, max: 360 }).map((n) => n * 5),
  fc.integer({ min: 1, max: 1800 }),
);
