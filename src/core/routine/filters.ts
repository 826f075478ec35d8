import type { BreakKind } from '../schedule/types';
import type { Settings } from '../settings/defaults';
import { type Exercise, HOME_ONLY_EQUIPMENT } from './types';

export type RoutineFilters = Settings['routine'];

/**
 * Whether the person's place allows an exercise: its position is one they chose, they have all its
 * kit, and "at the office" rules out floor moves and home-only kit whatever the lists say.
 */
export function fitsPlace(exercise: Exercise, filters: RoutineFilters): boolean {
  if (!filters.positions.includes(exercise.position)) return false;
  if (!exercise.equipment.every((item) => filters.equipment.includes(item))) return false;
  if (!filters.atOffice) return true;
  return exercise.position !== 'floor' && !exercise.equipment.some((item) => HOME_ONLY_EQUIPMENT.includes(item));
}

/** Whether an exercise works one of the focus areas; no focus areas means every area counts. */
export function matchesFocus(exercise: Exercise, filters: RoutineFilters): boolean {
  return filters.focusAreas.length === 0 || exercise.areas.some((area) => filters.focusAreas.includes(area));
}

/** Every filter a stretch break applies: place, kit, focus areas and the person's mute list. */
export function isAllowed(exercise: Exercise, filters: RoutineFilters, muted: readonly string[]): boolean {
  return fitsPlace(exercise, filters) && !muted.includes(exercise.id) && matchesFocus(exercise, filters);
}

/**
 * The exercises a break of `kind` may draw from, in library order, each id once (a sound library
 * has unique ids; should one repeat, the first allowed copy is kept).
 *
 * Focus areas steer stretch breaks only. A micro-break is the 20-20-20 eye rest or a posture reset:
 * someone who picks "lower back" still needs their eyes rested, and an eye rest works no back
 * area, so filtering micro-breaks by focus would leave most people with none. Place, kit and the
 * mute list ("this hurts") still apply to micro-breaks.
 */
export function routinePool(
  library: readonly Exercise[],
  filters: RoutineFilters,
  muted: readonly string[],
  kind: BreakKind,
): Exercise[] {
  const seen = new Set<string>();
  return library.filter((exercise) => {
    if (seen.has(exercise.id) || !exercise.uses.includes(kind)) return false;
    const ok =
      kind === 'micro'
        ? fitsPlace(exercise, filters) && !muted.includes(exercise.id)
        : isAllowed(exercise, filters, muted);
    if (ok) seen.add(exercise.id);
    return ok;
  });
}
