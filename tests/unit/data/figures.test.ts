import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../../src/data/exercises';
import { drawPose, VIEW_SIZE } from '../../../src/ui/figures/draw';
import { POSES } from '../../../src/ui/figures/poses';
import { GROUND } from '../../../src/ui/figures/props';
import { shapePoints } from '../../../src/ui/figures/shapes';
import { BONE, buildBody, JOINTS, type Vec } from '../../../src/ui/figures/skeleton';

const inside = ([x, y]: Vec) =>
  Number.isFinite(x) && Number.isFinite(y) && x >= 0 && x <= VIEW_SIZE && y >= 0 && y <= VIEW_SIZE;
const distance = (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const poses = Object.entries(POSES);

describe('exercise figures', () => {
  it('has a pose for every figure an exercise names, and no unused poses', () => {
    const named = new Set(EXERCISES.map((e) => e.figure));
    expect([...named].filter((id) => !(id in POSES))).toEqual([]);
    expect(Object.keys(POSES).filter((id) => !named.has(id))).toEqual([]);
  });

  it.each(poses)('%s has every joint inside the picture', (_id, pose) => {
    if (!pose.body) {
      // Close-ups of hands or a face are drawn from shapes alone.
      expect(pose.front?.length ?? 0).toBeGreaterThan(0);
      return;
    }
    const body = buildBody(pose.body);
    for (const joint of JOINTS) {
      expect(inside(body.joints[joint]), joint).toBe(true);
      expect(body.joints[joint][1], `${joint} sinks below the floor`).toBeLessThanOrEqual(GROUND);
    }
    for (const extra of [body.toeL, body.toeR, body.tipL, body.tipR, body.nose]) {
      if (extra) expect(inside(extra)).toBe(true);
    }
  });

  it.each(poses)('%s draws only inside its view box', (_id, pose) => {
    const { viewBox, shapes } = drawPose(pose);
    const [x, y, w, h] = viewBox.split(' ').map(Number) as [number, number, number, number];
    expect(w).toBe(h);
    expect(x >= 0 && y >= 0 && x + w <= VIEW_SIZE && y + h <= VIEW_SIZE).toBe(true);
    expect(shapes.length).toBeGreaterThan(2);
    for (const shape of shapes) for (const point of shapePoints(shape)) expect(inside(point), shape.kind).toBe(true);
  });

  it('keeps bone lengths when a limb is given by angles', () => {
    const body = buildBody({
      view: 'side',
      hip: [100, 100],
      lean: 20,
      armL: [30, 120],
      armR: [0, 0],
      legL: [-20, 40],
      legR: [0, 0],
    });
    const j = body.joints;
    expect(distance(j.hipL, j.neck)).toBeCloseTo(BONE.torso, 0);
    expect(distance(j.shoulderL, j.elbowL)).toBeCloseTo(BONE.upperArm, 0);
    expect(distance(j.elbowL, j.handL)).toBeCloseTo(BONE.forearm, 0);
    expect(distance(j.kneeL, j.footL)).toBeCloseTo(BONE.shin, 0);
  });

  it('reaches a target within reach, bending the joint the asked way', () => {
    const spec = { view: 'side', hip: [100, 100], armL: [0, 0], armR: [0, 0], legR: [0, 0] } as const;
    const forward = buildBody({ ...spec, legL: { to: [100, 170], bend: -1 } }).joints;
    expect(distance(forward.footL, [100, 170])).toBeLessThan(0.2);
    expect(forward.kneeL[0]).toBeGreaterThan(100);
    const back = buildBody({ ...spec, legL: { to: [100, 170], bend: 1 } }).joints;
    expect(back.kneeL[0]).toBeLessThan(100);
    const tooFar = buildBody({ ...spec, legL: { to: [100, 300], bend: -1 } }).joints;
    expect(distance(tooFar.hipL, tooFar.footL)).toBeCloseTo(BONE.thigh + BONE.shin, 0);
  });

  it('mirrors a side view that faces left', () => {
    const spec = {
      view: 'side',
      hip: [100, 100],
      lean: 30,
      armL: [90, 90],
      armR: [0, 0],
      legL: [0, 0],
      legR: [0, 0],
    } as const;
    const right = buildBody(spec).joints;
    const left = buildBody({ ...spec, facing: -1 }).joints;
    expect(left.handL[0] - 100).toBeCloseTo(-(right.handL[0] - 100), 5);
    expect(left.neck[1]).toBeCloseTo(right.neck[1], 5);
  });
});
