import { ANKLE, chairFront, chairSide, floor, SEAT_HIP, STAND_HIP } from './props';
import type { Shape } from './shapes';
import type { BodySpec } from './skeleton';

/** Starting bodies that poses adjust: most figures sit on a chair or stand, side-on or facing us. */
type Changes = Partial<BodySpec>;

const RELAXED_SIDE_ARMS = {
  armL: { to: [101, 137], bend: 1 },
  armR: { to: [97, 137], bend: 1 },
} as const satisfies Changes;

/** Seated side-on, facing right, hip at x 72 over the chair from `seatedSideScene`. */
export function seatedSide(changes: Changes = {}): BodySpec {
  return {
    view: 'side',
    hip: [72, SEAT_HIP],
    ...RELAXED_SIDE_ARMS,
    legL: { to: [114, ANKLE], bend: -1 },
    legR: { to: [109, ANKLE], bend: -1 },
    ...changes,
  };
}

export const seatedSideScene = (x = 72): Shape[] => [floor(), ...chairSide(x)];

/** Seated facing us: the thighs point at the viewer, so the knees are placed by hand. */
export function seatedFront(changes: Changes = {}): BodySpec {
  return {
    view: 'front',
    hip: [100, SEAT_HIP],
    armL: { to: [84, 146], bend: 1 },
    armR: { to: [116, 146], bend: -1 },
    legL: { to: [87, ANKLE], bend: 1 },
    legR: { to: [113, ANKLE], bend: -1 },
    ...changes,
    set: { kneeL: [87, 153], kneeR: [113, 153], ...changes.set },
  };
}

export const seatedFrontScene = (): Shape[] => [floor(), ...chairFront(100)];

/** Standing side-on, facing right, arms hanging. */
export function standingSide(changes: Changes = {}): BodySpec {
  return {
    view: 'side',
    hip: [100, STAND_HIP],
    armL: [-4, 8],
    armR: [4, 12],
    legL: { to: [103, ANKLE], bend: -1 },
    legR: { to: [97, ANKLE], bend: -1 },
    ...changes,
  };
}

/** Standing facing us, feet a little apart, arms hanging. */
export function standingFront(changes: Changes = {}): BodySpec {
  return {
    view: 'front',
    hip: [100, STAND_HIP],
    armL: [-10, -4],
    armR: [10, 4],
    legL: { to: [88, ANKLE], bend: 1 },
    legR: { to: [112, ANKLE], bend: -1 },
    ...changes,
  };
}
