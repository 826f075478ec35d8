import type { BreakKind } from '../schedule/types';
import { type RoutineFilters, routinePool } from './filters';
import { createRandom, shuffle } from './random';
import type { Exercise } from './types';

/** Ids drawn since the filtered pool was last used up: nothing repeats until every one has had its turn. */
export interface Rotation {
  used: readonly string[];
}

export interface RoutineRequest {
  library: readonly Exercise[];
  filters: RoutineFilters;
  /** Ids the person asked never to see again. */
  muted: readonly string[];
  kind: BreakKind;
  /** The break's length: a stretch routine fills it; a micro-break is one exercise whatever it says. */
  seconds: number;
  /** The same seed gives the same routine, so a routine can be replayed and tested. */
  seed: number;
  rotation: Rotation;
}

export interface Routine {
  exercises: readonly Exercise[];
  /** Ids of the pool the routine was drawn from, for advancing the rotation. */
  poolIds: readonly string[];
}

/**
 * Draws a routine: exercises not yet used in this rotation come first, in a seeded order, and the
 * used ones only after them, so nothing repeats before the whole pool has been seen. A stretch
 * break takes exercises until their time reaches the break's length (overrunning by at most the
 * last one, at least one exercise); a micro-break takes exactly one. An empty pool gives an empty
 * routine, for the page to explain that the filters rule everything out.
 */
export function pickRoutine(req: RoutineRequest): Routine {
  const pool = routinePool(req.library, req.filters, req.muted, req.kind);
  const used = new Set(req.rotation.used);
  const random = createRandom(req.seed);
  const fresh = pool.filter((e) => !used.has(e.id));
  const again = pool.filter((e) => used.has(e.id));
  const order = [...shuffle(fresh, random), ...shuffle(again, random)];
  const poolIds = pool.map((e) => e.id);
  if (req.kind === 'micro') return { exercises: order.slice(0, 1), poolIds };
  // A length that is not a number would otherwise never be reached and take the whole pool.
  const length = Number.isFinite(req.seconds) ? req.seconds : 0;
  const exercises: Exercise[] = [];
  let total = 0;
  for (const exercise of order) {
    if (exercises.length > 0 && total >= length) break;
    exercises.push(exercise);
    total += exercise.seconds;
  }
  return { exercises, poolIds };
}

/**
 * The rotation after a routine: `done` ids (in the order they were done) join `used`; the moment
 * every pool id has been used the rotation starts over, and the rest of `done` counts towards the
 * new round. Ids no longer in the pool (filters changed, muted, removed from the library) are
 * dropped, so the list stays as small as the pool.
 */
export function advanceRotation(rotation: Rotation, done: readonly string[], poolIds: readonly string[]): Rotation {
  const pool = new Set(poolIds);
  let used = new Set(rotation.used.filter((id) => pool.has(id)));
  if (pool.size > 0 && used.size === pool.size) used = new Set();
  for (const id of done) {
    if (!pool.has(id)) continue;
    used.add(id);
    if (used.size === pool.size) used = new Set();
  }
  return { used: [...used] };
}
