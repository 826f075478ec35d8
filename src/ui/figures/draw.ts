import type { Shape, Tone } from './shapes';
import { type Body, type BodySpec, buildBody, type Vec } from './skeleton';

export const PARTS = [
  'head',
  'neck',
  'torso',
  'upperArmL',
  'forearmL',
  'handL',
  'upperArmR',
  'forearmR',
  'handR',
  'thighL',
  'shinL',
  'footL',
  'thighR',
  'shinR',
  'footR',
] as const;
export type Part = (typeof PARTS)[number];

/** One picture: a body (or none, for close-ups of hands or a face), furniture behind, extras in front. */
export interface Pose {
  body?: BodySpec;
  /** Parts drawn in the accent colour: what stretches or works. */
  accent?: readonly Part[];
  /** Parts drawn last, in this order and with a rim, because they cross in front of the body. */
  over?: readonly Part[];
  /** Limb parts drawn faint and first, because they are behind the body (a hand behind the head). */
  under?: readonly Part[];
  behind?: readonly Shape[];
  front?: readonly Shape[];
  /** x, y and size of the square to show, for close-ups; the whole 200 box by default. */
  crop?: readonly [number, number, number];
}

export const VIEW_SIZE = 200;

const WIDTH = { limb: 8.5, neck: 7, torso: 15, hand: 6, foot: 6 } as const;
/** How light the far limbs of a side view are. */
const FAR = 0.45;

function segment(body: Body, part: Part): { points: Vec[]; width: number } | undefined {
  const j = body.joints;
  const pair = (a: Vec, b: Vec | undefined, width: number) => (b ? { points: [a, b], width } : undefined);
  switch (part) {
    case 'head':
    case 'torso':
      return undefined;
    case 'neck':
      return pair(j.neck, j.head, WIDTH.neck);
    case 'upperArmL':
      return pair(j.shoulderL, j.elbowL, WIDTH.limb);
    case 'forearmL':
      return pair(j.elbowL, j.handL, WIDTH.limb);
    case 'handL':
      return pair(j.handL, body.tipL, WIDTH.hand);
    case 'upperArmR':
      return pair(j.shoulderR, j.elbowR, WIDTH.limb);
    case 'forearmR':
      return pair(j.elbowR, j.handR, WIDTH.limb);
    case 'handR':
      return pair(j.handR, body.tipR, WIDTH.hand);
    case 'thighL':
      return pair(j.hipL, j.kneeL, WIDTH.limb);
    case 'shinL':
      return pair(j.kneeL, j.footL, WIDTH.limb);
    case 'footL':
      return pair(j.footL, body.toeL, WIDTH.foot);
    case 'thighR':
      return pair(j.hipR, j.kneeR, WIDTH.limb);
    case 'shinR':
      return pair(j.kneeR, j.footR, WIDTH.limb);
    case 'footR':
      return pair(j.footR, body.toeR, WIDTH.foot);
  }
}

const ARM_L = ['upperArmL', 'forearmL', 'handL'] as const;
const ARM_R = ['upperArmR', 'forearmR', 'handR'] as const;
const LEG_L = ['thighL', 'shinL', 'footL'] as const;
const LEG_R = ['thighR', 'shinR', 'footR'] as const;

function bodyShapes(body: Body, pose: Pose): Shape[] {
  const j = body.joints;
  const accent = new Set(pose.accent);
  const over = new Set(pose.over);
  const under = new Set(pose.under);
  const tone = (part: Part): Tone => (accent.has(part) ? 'accent' : 'ink');
  const limb = (part: Part, alpha?: number, gap?: boolean): Shape[] => {
    const seg = segment(body, part);
    return seg
      ? [{ kind: 'line', ...seg, tone: tone(part), ...(alpha ? { alpha } : {}), ...(gap ? { gap } : {}) }]
      : [];
  };
  const torso: Shape =
    body.view === 'front'
      ? { kind: 'poly', points: [j.shoulderL, j.shoulderR, j.hipR, j.hipL], width: 8, tone: tone('torso') }
      : body.bow
        ? {
            kind: 'path',
            d: `M${j.hipL.join(' ')} Q${body.bow.join(' ')} ${j.neck.join(' ')}`,
            width: WIDTH.torso,
            tone: tone('torso'),
          }
        : { kind: 'line', points: [j.hipL, j.neck], width: WIDTH.torso, tone: tone('torso') };
  const headShapes: Shape[] = [
    ...limb('neck'),
    { kind: 'dot', at: j.head, r: 12, tone: tone('head') },
    ...(body.nose ? [{ kind: 'dot', at: body.nose, r: 3.6, tone: tone('head') } as const] : []),
  ];
  const side = body.view === 'side';
  const drawn = (parts: readonly Part[], alpha?: number) =>
    parts.filter((p) => !over.has(p) && !under.has(p)).flatMap((p) => limb(p, alpha));
  return [
    ...(pose.under ?? []).flatMap((p) => limb(p, FAR)),
    ...drawn(side ? [...LEG_R, ...ARM_R] : [], FAR),
    ...(over.has('torso') ? [] : [torso]),
    ...headShapes,
    ...drawn(side ? [...LEG_L, ...ARM_L] : [...LEG_L, ...LEG_R, ...ARM_L, ...ARM_R]),
    ...(pose.over ?? []).flatMap((p) => (p === 'torso' ? [torso] : limb(p, undefined, true))),
  ];
}

/** The shapes of a pose in drawing order, and the part of the 200 × 200 box to show. */
export function drawPose(pose: Pose): { viewBox: string; shapes: Shape[] } {
  const [x, y, size] = pose.crop ?? [0, 0, VIEW_SIZE];
  const body = pose.body ? bodyShapes(buildBody(pose.body), pose) : [];
  return {
    viewBox: `${x} ${y} ${size} ${size}`,
    shapes: [...(pose.behind ?? []), ...body, ...(pose.front ?? [])],
  };
}
