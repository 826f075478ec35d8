import { describe, expect, it } from 'vitest';
import { advanceRotation, pickRoutine, type RoutineRequest } from '../../../src/core/routine/pick';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { exercise, LIBRARY, OPEN } from './library';

const request = (over: Partial<RoutineRequest> = {}): RoutineRequest => ({
  library: LIBRARY,
  filters: OPEN,
  muted: [],
  kind: 'stretch',
  seconds: 300,
  seed: 7,
  rotation: { used: [] },
  ...over,
});
const ids = (r: { exercises: readonly { id: string }[] }) => r.exercises.map((e) => e.id);

describe('pickRoutine', () => {
  it('fills a stretch break, overrunning it by at most the last exercise', () => {
    const r = pickRoutine(request({ seconds: 120 }));
    const total = r.exercises.reduce((sum, e) => sum + e.seconds, 0);
    const last = r.exercises.at(-1)?.seconds ?? 0;
    expect(total).toBeGreaterThanOrEqual(120);
    expect(total - last).toBeLessThan(120);
  });

  it('gives at least one exercise even for a break shorter than any exercise', () => {
    expect(pickRoutine(request({ seconds: 1 })).exercises).toHaveLength(1);
    expect(pickRoutine(request({ seconds: 0 })).exercises).toHaveLength(1);
    expect(pickRoutine(request({ seconds: Number.NaN })).exercises).toHaveLength(1);
  });

  it('uses the whole pool, once each, when the break outlasts it', () => {
    const r = pickRoutine(request({ seconds: 3600 }));
    expect([...ids(r)].sort()).toEqual(
      LIBRARY.filter((e) => e.uses.includes('stretch'))
        .map((e) => e.id)
        .sort(),
    );
  });

  it('gives a micro-break exactly one micro exercise, however long the break', () => {
    for (const seconds of [5, 20, 300]) {
      const r = pickRoutine(request({ kind: 'micro', seconds }));
      expect(r.exercises).toHaveLength(1);
      expect(r.exercises[0]?.uses).toContain('micro');
      expect(r.poolIds).toEqual(['eye-rest', 'chin-tuck']);
    }
  });

  it('gives an empty routine when the filters rule everything out', () => {
    const floorOnlyAtOffice = { ...DEFAULT_SETTINGS.routine, positions: ['floor' as const] };
    expect(pickRoutine(request({ filters: floorOnlyAtOffice }))).toEqual({ exercises: [], poolIds: [] });
    expect(pickRoutine(request({ library: [] }))).toEqual({ exercises: [], poolIds: [] });
  });

  it('gives the same routine for the same seed, and other orders for other seeds', () => {
    expect(pickRoutine(request())).toEqual(pickRoutine(request()));
    const firsts = new Set(Array.from({ length: 40 }, (_, seed) => ids(pickRoutine(request({ seed })))[0]));
    expect(firsts.size).toBeGreaterThan(3);
  });

  it('draws exercises not yet used in the rotation before any used one', () => {
    const pool = pickRoutine(request({ seconds: 1 })).poolIds;
    const leftOver = pool[3] as string;
    for (let seed = 0; seed < 20; seed++) {
      const used = pool.filter((id) => id !== leftOver);
      const r = pickRoutine(request({ seed, seconds: 60, rotation: { used } }));
      expect(ids(r)[0]).toBe(leftOver);
      expect(new Set(ids(r)).size).toBe(r.exercises.length);
    }
  });

  it('lists the pool in library order', () => {
    const r = pickRoutine(request({ filters: DEFAULT_SETTINGS.routine }));
    expect(r.poolIds).toEqual(['chin-tuck', 'shoulder-shrug', 'seated-twist', 'calf-stretch', 'thigh-stretch']);
  });

  it('skips exercises that take no time without looping forever', () => {
    const library = [exercise({ id: 'a', areas: ['neck'], position: 'seated', seconds: 0 })];
    expect(ids(pickRoutine(request({ library, seconds: 60 })))).toEqual(['a']);
  });
});

describe('advanceRotation', () => {
  const pool = ['a', 'b', 'c', 'd'];

  it('adds the ids done', () => {
    expect(advanceRotation({ used: ['a'] }, ['c', 'b'], pool)).toEqual({ used: ['a', 'c', 'b'] });
  });

  it('starts over once every pool id has been used', () => {
    expect(advanceRotation({ used: ['a', 'b'] }, ['c', 'd'], pool)).toEqual({ used: [] });
  });

  it('counts what was done after the pool ran out towards the next round', () => {
    expect(advanceRotation({ used: ['a', 'b', 'c'] }, ['d', 'b', 'a'], pool)).toEqual({ used: ['b', 'a'] });
  });

  it('drops ids no longer in the pool, and those done outside it', () => {
    expect(advanceRotation({ used: ['a', 'gone'] }, ['x', 'b'], pool)).toEqual({ used: ['a', 'b'] });
  });

  it('starts over when the pool shrank to what was already used', () => {
    expect(advanceRotation({ used: ['a', 'b', 'c'] }, [], ['a', 'b'])).toEqual({ used: [] });
  });

  it('ignores repeats and handles an empty pool', () => {
    expect(advanceRotation({ used: ['a'] }, ['a', 'a'], pool)).toEqual({ used: ['a'] });
    expect(advanceRotation({ used: ['a'] }, ['a'], [])).toEqual({ used: [] });
  });

  it('does not change the rotation it is given', () => {
    const used = ['a'];
    advanceRotation({ used }, ['b'], pool);
    expect(used).toEqual(['a']);
  });
});
