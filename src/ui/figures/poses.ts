import type { Pose } from './draw';
import { FLOOR_POSES } from './poses-floor';
import { LOWER_POSES } from './poses-lower';
import { RESET_POSES } from './poses-resets';
import { UPPER_POSES } from './poses-upper';

/** Every exercise picture by figure id. A movement family may share one pose. */
export const POSES: Readonly<Record<string, Pose>> = Object.freeze({
  ...RESET_POSES,
  ...UPPER_POSES,
  ...LOWER_POSES,
  ...FLOOR_POSES,
});

export function poseFor(id: string): Pose | undefined {
  return Object.hasOwn(POSES, id) ? POSES[id] : undefined;
}
