import type { Pose } from './draw';
import { standingFront, standingSide } from './poses-kit';
import { ANKLE, band, dumbbell, floor, GROUND, mat, STAND_HIP } from './props';
import { arrow } from './shapes';
import { buildBody } from './skeleton';

const ON_MAT = GROUND - 5;

const swingForward = standingSide({
  hip: [92, STAND_HIP],
  legL: [28, 28],
  legR: { to: [90, ANKLE], bend: -1 },
  armL: { to: [96, 100], bend: 1 },
  armR: { to: [94, 98], bend: 1 },
});

const lunge = standingFront({
  hip: [110, 128],
  legL: { to: [46, ANKLE], bend: 1 },
  legR: { to: [152, ANKLE], bend: -1 },
  armL: [-20, -12],
  armR: [16, 10],
});
const lungeHands = buildBody(lunge).joints;

const swingOut = standingFront({
  legL: { to: [96, ANKLE], bend: 1 },
  legR: [28, 28],
  armL: { to: [84, 100], bend: -1 },
  armR: { to: [116, 100], bend: 1 },
});

export const FLOOR_POSES: Record<string, Pose> = {
  'glute-bridge': {
    body: {
      view: 'side',
      hip: [100, 148],
      lean: -113,
      nod: 23,
      legL: { to: [142, ON_MAT - 3], bend: -1 },
      legR: { to: [138, ON_MAT - 3], bend: -1 },
      armL: { to: [108, ON_MAT - 2], bend: 1 },
      armR: { to: [104, ON_MAT - 2], bend: 1 },
      nose: 180,
    },
    behind: [floor(), mat(14, 186)],
    accent: ['thighL', 'torso'],
    front: arrow([
      [100, 132],
      [100, 112],
    ]),
  },
  'side-lying-leg-raise': {
    body: {
      view: 'front',
      hip: [100, 168],
      lean: -90,
      armL: [-90, 160],
      armR: [94, 96],
      legL: [90, 90],
      legR: [104, 104],
      toeL: null,
      toeR: null,
    },
    behind: [floor(), mat(6, 194)],
    accent: ['thighR', 'shinR'],
    front: arrow(
      [
        [190, 172],
        [196, 160],
        [190, 146],
      ],
      true,
    ),
  },
  'kneeling-hero': {
    body: {
      view: 'side',
      hip: [84, 166],
      lean: -40,
      nod: 30,
      legL: [68, -90],
      legR: [71, -90],
      toeL: -90,
      toeR: -90,
      armL: { to: [36, ON_MAT - 2], bend: 1 },
      armR: { to: [32, ON_MAT - 2], bend: 1 },
    },
    behind: [floor(), mat(14, 186)],
    accent: ['thighL'],
    crop: [14, 74, 124],
  },
  'cat-cow': {
    body: {
      view: 'side',
      hip: [70, 141],
      lean: 76,
      arch: 10,
      nod: 60,
      legL: [0, -90],
      legR: [2, -90],
      toeL: -90,
      toeR: -90,
      armL: [0, 0],
      armR: [-3, -3],
    },
    behind: [floor(), mat(14, 186)],
    accent: ['torso'],
    front: arrow(
      [
        [96, 112],
        [96, 90],
      ],
      true,
    ),
  },
  'childs-pose': {
    body: {
      view: 'side',
      hip: [60, 152],
      lean: 100,
      arch: 7,
      nod: 35,
      legL: { to: [58, ON_MAT - 2], bend: -1 },
      legR: { to: [54, ON_MAT - 2], bend: -1 },
      toeL: -90,
      toeR: -90,
      armL: { to: [168, ON_MAT - 2], bend: -1 },
      armR: { to: [164, ON_MAT - 2], bend: -1 },
    },
    behind: [floor(), mat(14, 186)],
    accent: ['torso'],
  },
  'side-lunge-dumbbells': {
    body: lunge,
    behind: [floor()],
    accent: ['thighL'],
    front: [...dumbbell(lungeHands.handL, 90), ...dumbbell(lungeHands.handR, 90)],
  },
  'plie-squat': {
    body: standingFront({
      hip: [100, 128],
      legL: { to: [62, ANKLE], bend: 1 },
      legR: { to: [138, ANKLE], bend: -1 },
      toeL: -125,
      toeR: 125,
      armL: { to: [98, 128], bend: -1 },
      armR: { to: [102, 128], bend: 1 },
    }),
    behind: [floor()],
    accent: ['thighL', 'thighR'],
    front: [
      ...dumbbell([100, 136], 90),
      ...arrow(
        [
          [160, 92],
          [160, 122],
        ],
        true,
      ),
    ],
  },
  'band-hip-front-back': {
    body: swingForward,
    behind: [floor(), ...band([22, 176], buildBody(swingForward).joints.footL)],
    accent: ['thighL', 'shinL'],
    front: arrow(
      [
        [62, 150],
        [96, 182],
        [138, 142],
      ],
      true,
    ),
  },
  'band-hip-side': {
    body: swingOut,
    behind: [floor(), ...band([22, 176], buildBody(swingOut).joints.footR)],
    accent: ['thighR', 'shinR'],
    front: arrow(
      [
        [164, 186],
        [178, 174],
        [174, 152],
      ],
      true,
    ),
  },
};
