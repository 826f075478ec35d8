import type { Pose } from './draw';
import { seatedFront, seatedFrontScene, seatedSide, seatedSideScene, standingFront, standingSide } from './poses-kit';
import { floor } from './props';
import { arrow, type Shape } from './shapes';
import type { Vec } from './skeleton';

/** Close-up of one hand side-on, palm to the right: finger joints bent by these absolute angles. */
function hand(x: number, bends: readonly [number, number, number]): Shape[] {
  const wrist: Vec = [x, 132];
  const knuckle: Vec = [x, 104];
  const lengths = [15, 11, 9];
  const finger: Vec[] = [knuckle];
  bends.forEach((deg, i) => {
    const last = finger[finger.length - 1]!;
    const rad = (deg * Math.PI) / 180;
    const len = lengths[i]!;
    finger.push([
      Math.round((last[0] + len * Math.sin(rad)) * 10) / 10,
      Math.round((last[1] - len * Math.cos(rad)) * 10) / 10,
    ]);
  });
  return [
    { kind: 'line', points: [[x - 4, 182], wrist], width: 13 },
    { kind: 'line', points: [wrist, knuckle], width: 15 },
    {
      kind: 'line',
      points: [
        [x - 6, 124],
        [x - 12, 113],
      ],
      width: 7,
    },
    { kind: 'line', points: finger, width: 8, tone: 'accent' },
  ];
}

export const UPPER_POSES: Record<string, Pose> = {
  'cross-body-shoulder': {
    body: seatedFront({
      armR: [-80, -88],
      armL: { to: [90, 104], bend: 1 },
    }),
    behind: seatedFrontScene(),
    accent: ['upperArmR', 'forearmR'],
    over: ['upperArmR', 'forearmR', 'forearmL'],
  },
  'overhead-triceps': {
    body: seatedSide({ nod: 12, armL: [182, -24], armR: { to: [72, 62], bend: -1 } }),
    behind: seatedSideScene(),
    accent: ['upperArmL', 'forearmL'],
    over: ['upperArmL', 'forearmL'],
    crop: [10, 24, 150],
  },
  'shoulder-blade-squeeze': {
    body: seatedFront({
      armL: { to: [93, 70], bend: -1 },
      armR: { to: [107, 70], bend: 1 },
    }),
    behind: seatedFrontScene(),
    under: ['forearmL', 'forearmR'],
    front: [
      ...arrow([
        [50, 70],
        [34, 70],
      ]),
      ...arrow([
        [150, 70],
        [166, 70],
      ]),
    ],
  },
  'shoulder-shrugs': {
    body: seatedFront({
      set: { shoulderL: [85, 85], shoulderR: [115, 85] },
      armL: [-14, -6],
      armR: [14, 6],
    }),
    behind: seatedFrontScene(),
    front: [
      ...arrow([
        [72, 90],
        [72, 70],
      ]),
      ...arrow([
        [128, 90],
        [128, 70],
      ]),
    ],
  },
  'head-turns': {
    body: seatedFront({ nose: 90 }),
    behind: seatedFrontScene(),
    accent: ['neck'],
    front: arrow(
      [
        [80, 54],
        [100, 38],
        [120, 54],
      ],
      true,
    ),
  },
  'chin-tuck': {
    body: seatedSide({ set: { head: [66, 75] } }),
    behind: seatedSideScene(),
    accent: ['neck'],
    front: arrow([
      [100, 78],
      [86, 78],
    ]),
    crop: [10, 30, 150],
  },
  'neck-side-tilt': {
    body: seatedFront({ nod: 28 }),
    behind: seatedFrontScene(),
    accent: ['neck'],
    front: arrow([
      [112, 52],
      [126, 60],
      [128, 76],
    ]),
  },
  'upper-back-round': {
    body: seatedSide({ lean: 12, arch: 8, nod: 25, armL: [88, 90], armR: [90, 92], tipL: 90 }),
    behind: seatedSideScene(),
    accent: ['torso'],
    front: arrow([
      [150, 86],
      [166, 86],
    ]),
  },
  'chest-opener': {
    body: standingSide({ lean: -6, arch: -4, nod: -5, armL: [-42, -38], armR: [-38, -34] }),
    behind: [floor()],
    accent: ['torso'],
    front: arrow([
      [58, 118],
      [46, 104],
    ]),
  },
  'side-reach': {
    body: standingFront({
      lean: -16,
      armR: [200, 230],
      armL: { to: [80, 100], bend: 1 },
    }),
    behind: [floor()],
    accent: ['upperArmR', 'forearmR'],
    front: arrow([
      [132, 84],
      [130, 44],
      [108, 22],
    ]),
  },
  'wrist-flexor-stretch': {
    body: seatedSide({ armL: [90, 90], tipL: 180, armR: { to: [128, 84], bend: 1 }, set: { shoulderR: [82, 96] } }),
    behind: seatedSideScene(),
    accent: ['forearmL', 'handL'],
    front: arrow([
      [142, 80],
      [140, 70],
      [132, 66],
    ]),
    crop: [36, 36, 124],
  },
  'wrist-extensor-stretch': {
    body: seatedSide({ armL: [90, 90], tipL: 0, armR: { to: [134, 100], bend: 1 }, set: { shoulderR: [82, 96] } }),
    behind: seatedSideScene(),
    accent: ['forearmL', 'handL'],
    front: arrow([
      [150, 102],
      [138, 102],
    ]),
    crop: [36, 36, 124],
  },
  'prayer-stretch': {
    body: seatedFront({
      armL: { to: [100, 108], bend: 1 },
      armR: { to: [100, 108], bend: -1 },
      tipL: 180,
      tipR: 180,
    }),
    behind: seatedFrontScene(),
    accent: ['forearmL', 'forearmR', 'handL', 'handR'],
    over: ['forearmL', 'forearmR', 'handL', 'handR'],
    front: arrow([
      [118, 100],
      [118, 122],
    ]),
    crop: [25, 30, 150],
  },
  'tendon-glides': {
    front: [
      ...hand(34, [0, 0, 0]),
      ...hand(98, [0, 100, 190]),
      ...hand(160, [95, 185, 245]),
      ...arrow([
        [50, 150],
        [74, 150],
      ]),
      ...arrow([
        [114, 150],
        [138, 150],
      ]),
    ],
    crop: [12, 24, 176],
  },
};
