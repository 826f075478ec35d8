import type { Pose } from './draw';
import { seatedFront, seatedFrontScene, seatedSide, seatedSideScene, standingSide } from './poses-kit';
import { ANKLE, desk, floor, GROUND, STAND_HIP, step, wall } from './props';
import { arrow } from './shapes';

export const LOWER_POSES: Record<string, Pose> = {
  'seated-knee-to-chest': {
    body: seatedSide({
      legL: [158, 14],
      armL: { to: [96, 110], bend: -1 },
      armR: { to: [93, 109], bend: -1 },
    }),
    behind: seatedSideScene(),
    accent: ['thighL', 'shinL'],
  },
  'seated-twist': {
    body: seatedFront({
      nose: -90,
      set: { shoulderL: [89, 96], shoulderR: [117, 94] },
      armR: { to: [88, 146], bend: 1 },
      armL: { to: [76, 108], bend: -1 },
    }),
    behind: seatedFrontScene(),
    accent: ['torso'],
    under: ['forearmL'],
    over: ['upperArmR', 'forearmR'],
    front: arrow([
      [122, 56],
      [100, 40],
      [78, 56],
    ]),
  },
  'seated-figure-four': {
    body: seatedFront({
      set: { neck: [100, 96], head: [100, 80], kneeL: [62, 139], footL: [108, 144] },
      toeL: 80,
      armL: { to: [64, 134], bend: 1 },
      armR: { to: [106, 140], bend: -1 },
    }),
    behind: seatedFrontScene(),
    accent: ['thighL', 'shinL'],
    over: ['forearmR'],
    front: arrow([
      [52, 118],
      [52, 136],
    ]),
  },
  'seated-hamstring': {
    body: seatedSide({
      hip: [84, 144],
      lean: 32,
      legL: { to: [156, 182], bend: -1 },
      legR: { to: [110, ANKLE], bend: -1 },
      toeL: 165,
      armL: { to: [128, 162], bend: -1 },
      armR: { to: [124, 160], bend: -1 },
    }),
    behind: seatedSideScene(),
    accent: ['thighL'],
  },
  'seated-leg-lifts': {
    body: seatedSide({ legL: [90, 90], toeL: 170, armL: { to: [92, 146], bend: 1 } }),
    behind: seatedSideScene(),
    accent: ['thighL'],
    front: arrow([
      [124, 178],
      [156, 176],
      [160, 156],
    ]),
  },
  'ankle-pumps': {
    body: seatedSide({
      lean: -8,
      legL: { to: [146, 181], bend: -1 },
      legR: { to: [140, 181], bend: -1 },
      toeL: 150,
      toeR: 150,
    }),
    behind: seatedSideScene(),
    accent: ['shinL', 'footL'],
    front: arrow(
      [
        [154, 152],
        [170, 162],
        [168, 178],
      ],
      true,
    ),
  },
  'heel-raises': {
    body: standingSide({
      hip: [96, STAND_HIP - 8],
      legL: [0, 0],
      legR: [-2, -2],
      toeL: 45,
      toeR: 45,
      armL: { to: [120, 104], bend: 1 },
      armR: { to: [116, 104], bend: 1 },
      tipL: 60,
      tipR: 60,
    }),
    behind: [floor(), ...desk(114, 194)],
    accent: ['shinL'],
    front: arrow([
      [80, 184],
      [80, 164],
    ]),
  },
  'standing-hip-flexor': {
    body: standingSide({
      hip: [96, 114],
      lean: -3,
      legL: { to: [52, 181], bend: -1 },
      legR: { to: [132, ANKLE], bend: -1 },
      toeL: 72,
      armL: { to: [94, 106], bend: 1 },
      armR: { to: [128, 104], bend: 1 },
      tipR: 40,
    }),
    behind: [floor(), ...desk(124, 196)],
    accent: ['thighL'],
  },
  'standing-quad-stretch': {
    body: standingSide({
      hip: [92, STAND_HIP],
      legL: [-2, -168],
      legR: { to: [92, ANKLE], bend: -1 },
      toeL: -100,
      armL: { to: [80, 110], bend: 1 },
      armR: { to: [118, 100], bend: 1 },
      tipR: 40,
    }),
    behind: [floor(), ...desk(116, 194)],
    accent: ['thighL'],
  },
  'hamstring-heel-on-step': {
    body: standingSide({
      hip: [84, STAND_HIP + 2],
      lean: 28,
      legL: { to: [144, GROUND - 30], bend: -1 },
      legR: { to: [82, ANKLE], bend: -1 },
      toeL: 165,
      armL: { to: [116, 136], bend: -1 },
      armR: { to: [112, 134], bend: -1 },
    }),
    behind: [floor(), step(126, 46, 26)],
    accent: ['thighL'],
  },
  'calf-stretch': {
    body: standingSide({
      hip: [98, 110],
      lean: 25,
      legL: { to: [60, ANKLE], bend: -1 },
      legR: { to: [130, ANKLE], bend: -1 },
      armL: { to: [158, 72], bend: 1 },
      armR: { to: [158, 78], bend: 1 },
    }),
    behind: [floor(), wall(164)],
    accent: ['shinL'],
  },
  'standing-back-extension': {
    body: standingSide({
      hip: [104, STAND_HIP],
      lean: -16,
      arch: -4,
      nod: -12,
      legL: { to: [100, ANKLE], bend: -1 },
      legR: { to: [97, ANKLE], bend: -1 },
      armL: { to: [90, 96], bend: 1 },
      armR: { to: [92, 94], bend: 1 },
    }),
    behind: [floor()],
    accent: ['torso'],
    front: arrow([
      [108, 26],
      [94, 8],
      [72, 16],
    ]),
  },
  'short-walk': {
    body: standingSide({
      hip: [100, STAND_HIP + 6],
      lean: 5,
      legL: [28, 8],
      legR: [-22, -48],
      toeR: 40,
      armL: [-30, -18],
      armR: [30, 62],
    }),
    behind: [floor()],
    front: [
      {
        kind: 'line',
        points: [
          [52, 70],
          [36, 70],
        ],
        width: 3.5,
        tone: 'accent',
      },
      {
        kind: 'line',
        points: [
          [48, 90],
          [28, 90],
        ],
        width: 3.5,
        tone: 'accent',
      },
      {
        kind: 'line',
        points: [
          [52, 110],
          [36, 110],
        ],
        width: 3.5,
        tone: 'accent',
      },
    ],
  },
};
