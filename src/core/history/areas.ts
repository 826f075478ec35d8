import { BODY_AREAS, type BodyArea, type Exercise } from '../routine/types';

/**
 * Seconds of exercise by body area for the exercises done in one break, for the history's
 * `areas` input. Each exercise counts its full length for every area it works: a neck-and-shoulder
 * stretch of 60 s is a minute for the neck and a minute for the shoulders.
 */
export function areaSecondsOf(
  exercises: readonly Pick<Exercise, 'areas' | 'seconds'>[],
): Partial<Record<BodyArea, number>> {
  const out: Partial<Record<BodyArea, number>> = {};
  for (const exercise of exercises) {
    const seconds = Number.isFinite(exercise.seconds) && exercise.seconds > 0 ? Math.round(exercise.seconds) : 0;
    if (seconds === 0) continue;
    for (const area of new Set(exercise.areas)) {
      if (BODY_AREAS.includes(area)) out[area] = (out[area] ?? 0) + seconds;
    }
  }
  return out;
}
