/**
 * A stick figure's joints, worked out from a few angles (or a target for a hand or foot), so
 * every figure keeps the same proportions. Pure maths: no DOM, tested in tests/unit/data.
 *
 * Angles are in degrees from straight down: 90 points the way the figure faces, 180 straight up,
 * -90 behind. In front views 90 points to the viewer's right, and L is the limb on the viewer's
 * left. In side views the R limbs are the far ones and are drawn fainter.
 */
export type Vec = readonly [number, number];

export const JOINTS = [
  'head',
  'neck',
  'shoulderL',
  'shoulderR',
  'elbowL',
  'elbowR',
  'handL',
  'handR',
  'hipL',
  'hipR',
  'kneeL',
  'kneeR',
  'footL',
  'footR',
] as const;
export type JointName = (typeof JOINTS)[number];
export type Joints = Readonly<Record<JointName, Vec>>;

/** Lengths in viewBox units (the box is 200 wide): a standing figure is about 165 tall. */
export const BONE = {
  torso: 54,
  neck: 16,
  head: 12,
  upperArm: 29,
  forearm: 27,
  thigh: 41,
  shin: 40,
  foot: 11,
  hand: 11,
  shoulders: 15,
  hips: 9,
} as const;

/** Two absolute angles (upper then lower segment), or a point to reach with the joint bent one way. */
export type Limb = readonly [number, number] | { readonly to: Vec; readonly bend: 1 | -1 };

export interface BodySpec {
  view: 'side' | 'front';
  /** Side views: 1 faces right, -1 faces left. */
  facing?: 1 | -1;
  /** Centre of the pelvis. */
  hip: Vec;
  /** Torso tilt from upright: forward in side views, towards the viewer's right in front views. */
  lean?: number;
  /** Head tilt on top of the lean. */
  nod?: number;
  /** Side views: how far the spine bows; positive rounds the back, negative arches it. */
  arch?: number;
  armL: Limb;
  armR: Limb;
  legL: Limb;
  legR: Limb;
  /** Foot direction as an absolute angle; null hides the foot. */
  toeL?: number | null;
  toeR?: number | null;
  /** Finger direction as an absolute angle; omitted means no hand segment. */
  tipL?: number;
  tipR?: number;
  /** Which way the face points (absolute angle); side views default to straight ahead, null hides it. */
  nose?: number | null;
  /** Hand-placed joints, for what angles cannot say (a thigh pointing at the viewer). */
  set?: Partial<Record<JointName, Vec>>;
}

export interface Body {
  view: 'side' | 'front';
  joints: Joints;
  toeL?: Vec;
  toeR?: Vec;
  tipL?: Vec;
  tipR?: Vec;
  nose?: Vec;
  /** Control point of a bowed spine (side views). */
  bow?: Vec;
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const round = (v: Vec): Vec => [Math.round(v[0] * 10) / 10, Math.round(v[1] * 10) / 10];
const along = (from: Vec, unit: Vec, length: number): Vec => [from[0] + unit[0] * length, from[1] + unit[1] * length];
const aim = (deg: number, facing: number): Vec => [facing * Math.sin(rad(deg)), Math.cos(rad(deg))];

/** Two-bone reach: the middle joint bends to one side; a target out of reach is met with a straight limb. */
function reach(root: Vec, to: Vec, first: number, second: number, bend: number): [Vec, Vec] {
  const dx = to[0] - root[0];
  const dy = to[1] - root[1];
  const d = Math.min(Math.max(Math.hypot(dx, dy), Math.abs(first - second) + 0.5), first + second - 0.01);
  const base = Math.atan2(dy, dx);
  const turn = Math.acos((first * first + d * d - second * second) / (2 * first * d));
  const mid: Vec = [root[0] + first * Math.cos(base + bend * turn), root[1] + first * Math.sin(base + bend * turn)];
  return [mid, [root[0] + d * Math.cos(base), root[1] + d * Math.sin(base)]];
}

function limb(root: Vec, spec: Limb, first: number, second: number, facing: number): [Vec, Vec] {
  if ('to' in spec) return reach(root, spec.to, first, second, spec.bend * facing);
  const mid = along(root, aim(spec[0], facing), first);
  return [mid, along(mid, aim(spec[1], facing), second)];
}

export function buildBody(spec: BodySpec): Body {
  const front = spec.view === 'front';
  const f = front ? 1 : (spec.facing ?? 1);
  const lean = spec.lean ?? 0;
  const nod = spec.nod ?? 0;
  const set = spec.set ?? {};
  const up = aim(180 - lean, f);
  const across: Vec = [up[1], -up[0]];
  const neck = set.neck ?? along(spec.hip, up, BONE.torso);
  const head = set.head ?? along(neck, aim(180 - lean - nod, f), BONE.neck);
  const chest = along(neck, up, front ? -5 : -4);
  const shoulderL = set.shoulderL ?? (front ? along(chest, across, BONE.shoulders) : chest);
  const shoulderR = set.shoulderR ?? (front ? along(chest, across, -BONE.shoulders) : chest);
  const hip = spec.hip;
  const hipL = set.hipL ?? (front ? along(hip, across, BONE.hips) : hip);
  const hipR = set.hipR ?? (front ? along(hip, across, -BONE.hips) : hip);
  const [elbowL, handL] = limb(shoulderL, spec.armL, BONE.upperArm, BONE.forearm, f);
  const [elbowR, handR] = limb(shoulderR, spec.armR, BONE.upperArm, BONE.forearm, f);
  const [kneeL, footL] = limb(hipL, spec.legL, BONE.thigh, BONE.shin, f);
  const [kneeR, footR] = limb(hipR, spec.legR, BONE.thigh, BONE.shin, f);
  const joints = {
    ...{ head, neck, shoulderL, shoulderR, elbowL, elbowR, handL, handR },
    ...{ hipL, hipR, kneeL, kneeR, footL, footR },
    ...set,
  };
  const extend = (from: Vec, deg: number | null | undefined, length: number) =>
    deg === null || deg === undefined ? undefined : round(along(from, aim(deg, f), length));
  const footLength = front ? 7 : BONE.foot;
  const noseDeg = spec.nose === undefined ? (front ? null : 90 - lean - nod) : spec.nose;
  const arch = front ? 0 : (spec.arch ?? 0);
  const forward = aim(90 - lean, f);
  const middle: Vec = [(hip[0] + neck[0]) / 2, (hip[1] + neck[1]) / 2];
  return {
    view: spec.view,
    ...(arch ? { bow: round(along(middle, forward, -2 * arch)) } : {}),
    joints: Object.fromEntries(JOINTS.map((name) => [name, round(joints[name])])) as Record<JointName, Vec>,
    toeL: extend(joints.footL, spec.toeL === undefined ? (front ? -100 : 90) : spec.toeL, footLength),
    toeR: extend(joints.footR, spec.toeR === undefined ? (front ? 100 : 90) : spec.toeR, footLength),
    tipL: extend(joints.handL, spec.tipL, BONE.hand),
    tipR: extend(joints.handR, spec.tipR, BONE.hand),
    nose: extend(joints.head, noseDeg, BONE.head - 1),
  };
}
