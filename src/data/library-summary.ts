import { BODY_AREAS, type BodyArea, type Exercise, POSITIONS, type Position } from '../core/routine/types';

export interface LibrarySummary {
  total: number;
  byArea: Record<BodyArea, number>;
  byPosition: Record<Position, number>;
}

/** How the library spreads over body areas and positions (an exercise counts once per area it names). */
export function summarizeLibrary(exercises: readonly Exercise[]): LibrarySummary {
  const byArea = Object.fromEntries(BODY_AREAS.map((area) => [area, 0])) as Record<BodyArea, number>;
  const byPosition = Object.fromEntries(POSITIONS.map((position) => [position, 0])) as Record<Position, number>;
  for (const exercise of exercises) {
    byPosition[exercise.position] += 1;
    for (const area of exercise.areas) byArea[area] += 1;
  }
  return { total: exercises.length, byArea, byPosition };
}
