import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, shuffle } from '../../../src/core/routine/random';

const draw = (seed: number, n: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random());
};

describe('createRandom', () => {
  it('gives the same numbers for the same seed, each in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = draw(seed, 20);
        expect(draw(seed, 20)).toEqual(a);
        for (const x of a) expect(x >= 0 && x < 1).toBe(true);
      }),
    );
  });

  it('gives different numbers for different seeds', () => {
    expect(draw(1, 5)).not.toEqual(draw(2, 5));
  });

  it('takes any number as a seed, including fractions, NaN and infinities', () => {
    for (const seed of [0.5, -3, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 40]) {
      const x = draw(seed, 1)[0] as number;
      expect(x >= 0 && x < 1, String(seed)).toBe(true);
    }
    expect(draw(Number.NaN, 3)).toEqual(draw(0, 3));
  });

  it('spreads its numbers over the whole interval', () => {
    const buckets = new Array(10).fill(0) as number[];
    for (const x of draw(42, 10_000)) buckets[Math.floor(x * 10)] = (buckets[Math.floor(x * 10)] ?? 0) + 1;
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });
});

describe('shuffle', () => {
  it('returns a reordering of the items, leaves the input alone, and repeats for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const out = shuffle(items, createRandom(seed));
        expect(items).toEqual(copy);
        expect([...out].sort()).toEqual([...items].sort());
        expect(shuffle(items, createRandom(seed))).toEqual(out);
      }),
    );
  });

  it('can put any item first', () => {
    const firsts = new Set<string>();
    for (let seed = 0; seed < 200; seed++) firsts.add(shuffle(['a', 'b', 'c', 'd'], createRandom(seed))[0] as string);
    expect([...firsts].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
