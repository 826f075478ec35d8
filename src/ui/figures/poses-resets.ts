import type { Pose } from './draw';
import { seatedFront, seatedSide, seatedSideScene } from './poses-kit';
import { desk, floor, monitor, SEAT_HIP, tree } from './props';
import { arrow } from './shapes';

export const RESET_POSES: Record<string, Pose> = {
  'eye-rest-20-20-20': {
    body: seatedSide({
      hip: [40, SEAT_HIP],
      nod: -10,
      legL: { to: [82, 184], bend: -1 },
      legR: { to: [77, 184], bend: -1 },
      armL: { to: [92, 112], bend: 1 },
      armR: { to: [88, 112], bend: 1 },
    }),
    behind: [
      ...seatedSideScene(40),
      ...desk(78, 142),
      ...monitor(126, 112),
      { kind: 'box', at: [148, 16], size: [44, 66], width: 4, alpha: 0.5 },
      ...tree(170, 72),
    ],
    front: [
      {
        kind: 'line',
        points: [
          [54, 70],
          [162, 46],
        ],
        width: 3,
        tone: 'accent',
        dash: true,
      },
    ],
  },
  'slow-blinks': {
    front: [
      { kind: 'ring', at: [100, 88], r: 48, width: 6 },
      { kind: 'path', d: 'M40 196 Q44 152 100 150 Q156 152 160 196', width: 6 },
      { kind: 'path', d: 'M70 92 Q81 102 92 92', width: 5, tone: 'accent' },
      { kind: 'path', d: 'M108 92 Q119 102 130 92', width: 5, tone: 'accent' },
      { kind: 'path', d: 'M88 118 Q100 124 112 118', width: 4 },
      ...arrow([
        [81, 62],
        [81, 80],
      ]),
      ...arrow([
        [119, 62],
        [119, 80],
      ]),
    ],
  },
  palming: {
    body: seatedFront({
      tipL: 150,
      tipR: -150,
      set: {
        neck: [100, 112],
        head: [100, 95],
        elbowL: [72, 130],
        elbowR: [128, 130],
        handL: [89, 106],
        handR: [111, 106],
      },
    }),
    behind: [floor()],
    front: desk(30, 170, 133),
    accent: ['handL', 'handR'],
    over: ['forearmL', 'handL', 'forearmR', 'handR'],
    crop: [25, 50, 150],
  },
  'posture-reset': {
    body: seatedSide({ hip: [70, SEAT_HIP] }),
    behind: seatedSideScene(),
    accent: ['torso'],
    front: arrow([
      [70, 52],
      [70, 34],
    ]),
  },
};
