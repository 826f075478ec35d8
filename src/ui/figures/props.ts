import type { Shape } from './shapes';
import type { Vec } from './skeleton';

/** The floor line every figure stands, sits or lies on. */
export const GROUND = 188;
/** Ankle height above the floor line. */
export const ANKLE = GROUND - 4;
/** Hip height of a standing figure with straight legs, and of a seated one (thighs level). */
export const STAND_HIP = ANKLE - 81;
export const SEAT_HIP = ANKLE - 40;
const SEAT = SEAT_HIP + 7;

const FURNITURE = { alpha: 0.5, width: 4 } as const;

export const floor = (from = 12, to = 188): Shape => ({
  kind: 'line',
  points: [
    [from, GROUND],
    [to, GROUND],
  ],
  ...FURNITURE,
});

/** A chair seen side-on for a figure whose hip is at x, facing the given way. */
export function chairSide(x: number, facing: 1 | -1 = 1): Shape[] {
  const back = x - 13 * facing;
  const front = x + 25 * facing;
  return [
    {
      kind: 'line',
      points: [
        [back - 5 * facing, SEAT - 50],
        [back, SEAT],
        [front, SEAT],
        [front, GROUND],
      ],
      ...FURNITURE,
    },
    {
      kind: 'line',
      points: [
        [back, SEAT],
        [back, GROUND],
      ],
      ...FURNITURE,
    },
  ];
}

/** A chair seen from the front, its back showing either side of the figure. */
export function chairFront(x: number): Shape[] {
  return [
    { kind: 'box', at: [x - 23, SEAT - 56], size: [46, 56], ...FURNITURE },
    {
      kind: 'line',
      points: [
        [x - 27, SEAT],
        [x + 27, SEAT],
      ],
      ...FURNITURE,
    },
    {
      kind: 'line',
      points: [
        [x - 24, SEAT],
        [x - 24, GROUND],
      ],
      ...FURNITURE,
    },
    {
      kind: 'line',
      points: [
        [x + 24, SEAT],
        [x + 24, GROUND],
      ],
      ...FURNITURE,
    },
  ];
}

/** A desk: its top at height y from x1 to x2, legs at both ends. */
export function desk(x1: number, x2: number, y = 112, legs = true): Shape[] {
  const top: Shape = {
    kind: 'line',
    points: [
      [x1, y],
      [x2, y],
    ],
    alpha: 0.5,
    width: 5,
  };
  if (!legs) return [top];
  return [
    top,
    {
      kind: 'line',
      points: [
        [x1 + 4, y],
        [x1 + 4, GROUND],
      ],
      ...FURNITURE,
    },
    {
      kind: 'line',
      points: [
        [x2 - 4, y],
        [x2 - 4, GROUND],
      ],
      ...FURNITURE,
    },
  ];
}

/** A screen standing on a desk top at y, its face towards the left. */
export const monitor = (x: number, y: number): Shape[] => [
  {
    kind: 'line',
    points: [
      [x - 6, y],
      [x + 6, y],
    ],
    ...FURNITURE,
  },
  {
    kind: 'line',
    points: [
      [x + 2, y],
      [x + 2, y - 12],
    ],
    ...FURNITURE,
  },
  {
    kind: 'line',
    points: [
      [x - 2, y - 12],
      [x + 4, y - 42],
    ],
    alpha: 0.5,
    width: 6,
  },
];

export const wall = (x: number, top = 24): Shape => ({
  kind: 'line',
  points: [
    [x, top],
    [x, GROUND],
  ],
  alpha: 0.5,
  width: 5,
});

/** An exercise mat lying on the floor. */
export const mat = (from: number, to: number): Shape => ({
  kind: 'box',
  at: [from, GROUND - 5],
  size: [to - from, 5],
  width: 2.5,
  alpha: 0.45,
  fill: true,
});

/** A low step or footrest, standing on the floor. */
export const step = (x: number, width: number, height: number): Shape => ({
  kind: 'box',
  at: [x, GROUND - height],
  size: [width, height],
  width: 3.5,
  alpha: 0.55,
});

/** A dumbbell in the hand at `at`, its bar at `deg` degrees (0 is level). */
export function dumbbell(at: Vec, deg = 0): Shape[] {
  const c = Math.cos((deg * Math.PI) / 180);
  const s = Math.sin((deg * Math.PI) / 180);
  const p = (along: number, side: number): Vec => [
    Math.round((at[0] + along * c - side * s) * 10) / 10,
    Math.round((at[1] + along * s + side * c) * 10) / 10,
  ];
  return [
    { kind: 'line', points: [p(-10, 0), p(10, 0)], width: 3.5 },
    { kind: 'line', points: [p(-9, -6), p(-9, 6)], width: 6 },
    { kind: 'line', points: [p(9, -6), p(9, 6)], width: 6 },
  ];
}

/** A resistance band from a low anchor post to the ankle. */
export const band = (anchor: Vec, ankle: Vec): Shape[] => [
  {
    kind: 'line',
    points: [
      [anchor[0], GROUND],
      [anchor[0], anchor[1] - 14],
    ],
    alpha: 0.5,
    width: 6,
  },
  { kind: 'line', points: [anchor, ankle], width: 3, dash: true },
];

/** A small tree standing far off, for the distance gaze. */
export const tree = (x: number, y: number): Shape[] => [
  {
    kind: 'line',
    points: [
      [x, y],
      [x, y - 14],
    ],
    alpha: 0.7,
    width: 4,
  },
  { kind: 'dot', at: [x, y - 22], r: 10, alpha: 0.7 },
  {
    kind: 'line',
    points: [
      [x - 16, y],
      [x + 14, y],
    ],
    alpha: 0.5,
    width: 3,
  },
];
