import type { Exercise } from '../core/routine/types';
import { deepFreeze } from './deep-freeze';
import { FLOOR_AND_KIT } from './exercises-floor';
import { LOWER_BODY } from './exercises-lower';
import { RESETS } from './exercises-resets';
import { UPPER_BODY } from './exercises-upper';

/**
 * The whole stretch library (content brief §3), frozen all the way down. Ids are stored in
 * rotation, mute lists and history, so an id never changes once shipped; retire an exercise by
 * removing it, never by reusing its id. The words for each exercise are in the locale files,
 * named from its id (src/ui/exercise-text.ts).
 */
export const EXERCISES: readonly Exercise[] = /* @__PURE__ */ deepFreeze([
  ...RESETS,
  ...UPPER_BODY,
  ...LOWER_BODY,
  ...FLOOR_AND_KIT,
]);

const BY_ID: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
