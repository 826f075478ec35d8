import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceRotation, pickRoutine, type Rotation } from '../../../src/core/routine/pick';
import { arbFilters, arbKind, arbLibrary, arbLibraryAndMuted, arbSeconds, arbSeed, oracle } from './library';

const sum = (list: readonly { seconds: number }[]) => list.reduce((total, e) => total + e.seconds, 0);

describe('pickRoutine, for any library, filters, mutes, seed and break length', () => {
  it('draws only from the pool the filters and the mute list allow, each exercise once', () => {
    fc.assert(
      fc.property(
        arbLibraryAndMuted,
        arbFilters,
        arbKind,
        arbSeconds,
        arbSeed,
        ([library, muted], filters, kind, seconds, seed) => {
          const routine = pickRoutine({ library, filters, muted, kind, seconds, seed, rotation: { used: [] } });
          const pool = library.filter((e) => oracle(e, filters, muted, kind)).map((e) => e.id);
          expect(routine.poolIds).toEqual(pool);
          for (const e of routine.exercises) expect(oracle(e, filters, muted, kind), e.id).toBe(true);
          expect(new Set(routine.exercises.map((e) => e.id)).size).toBe(routine.exercises.length);
          expect(routine.exercises.length === 0).toBe(pool.length === 0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('fills a stretch break without dropping anything it could keep or overrunning by more than one exercise', () => {
    fc.assert(
      fc.property(arbLibraryAndMuted, arbFilters, arbSeconds, arbSeed, ([library, muted], filters, seconds, seed) => {
        const routine = pickRoutine({
          library,
          filters,
          muted,
          kind: 'stretch',
          seconds,
          seed,
          rotation: { used: [] },
        });
        const pool = library.filter((e) => routine.poolIds.includes(e.id));
        if (pool.length === 0) return;
        const total = sum(routine.exercises);
        const longest = Math.max(...pool.map((e) => e.seconds));
        expect(total).toBeLessThan(seconds + longest);
        expect(sum(routine.exercises.slice(0, -1))).toBeLessThan(seconds);
        // Short of the length only when the whole pool is in the routine already.
        if (total < seconds) expect(routine.exercises).toHaveLength(pool.length);
      }),
      { numRuns: 400 },
    );
  });

  it('is the same routine for the same request', () => {
    fc.assert(
      fc.property(
        arbLibraryAndMuted,
        arbFilters,
        arbKind,
        arbSeconds,
        arbSeed,
        fc.array(fc.string(), { maxLength: 5 }),
        ([library, muted], filters, kind, seconds, seed, extraUsed) => {
          const used = [...library.filter((_, i) => i % 3 === 0).map((e) => e.id), ...extraUsed];
          const req = { library, filters, muted, kind, seconds, seed, rotation: { used } };
          expect(pickRoutine(req)).toEqual(pickRoutine(structuredClone(req)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives a micro-break exactly one micro exercise whenever the micro pool has any', () => {
    fc.assert(
      fc.property(arbLibraryAndMuted, arbFilters, arbSeconds, arbSeed, ([library, muted], filters, seconds, seed) => {
        const routine = pickRoutine({ library, filters, muted, kind: 'micro', seconds, seed, rotation: { used: [] } });
        const hasMicro = library.some((e) => oracle(e, filters, muted, 'micro'));
        expect(routine.exercises).toHaveLength(hasMicro ? 1 : 0);
        for (const e of routine.exercises) expect(e.uses).toContain('micro');
      }),
      { numRuns: 300 },
    );
  });
});

describe('rotation, picking and advancing break after break with every drawn exercise done', () => {
  it('shows every pool exercise once before any repeats, round after round', () => {
    fc.assert(
      fc.property(arbLibrary, arbFilters, arbKind, arbSeconds, arbSeed, (library, filters, kind, seconds, seed) => {
        let rotation: Rotation = { used: [] };
        const drawn: string[] = [];
        let poolIds: readonly string[] = [];
        for (let round = 0; round < 40; round++) {
          const routine = pickRoutine({ library, filters, muted: [], kind, seconds, seed: seed + round, rotation });
          poolIds = routine.poolIds;
          const done = routine.exercises.map((e) => e.id);
          drawn.push(...done);
          rotation = advanceRotation(rotation, done, poolIds);
          expect(rotation.used.every((id) => poolIds.includes(id))).toBe(true);
        }
        // Cut what was drawn into rounds the size of the pool: each full round is the whole pool.
        const n = poolIds.length;
        for (let start = 0; start < drawn.length; start += n) {
          const round = drawn.slice(start, start + n);
          expect(new Set(round).size, `round from ${start}`).toBe(round.length);
          if (round.length === n) expect([...round].sort()).toEqual([...poolIds].sort());
        }
      }),
      { numRuns: 200 },
    );
  });
});
