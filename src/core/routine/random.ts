/**
 * Seeded randomness for the routine picker. The core may not call Math.random(): a routine must
 * be reproducible from its seed, so tests can replay it and the break page and the worker agree.
 */

/** A random source: each call gives the next number in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny 32-bit generator, plenty for shuffling a few dozen exercises (it is not
 * for secrets). Any number is a valid seed; it is reduced to 32 bits, NaN and infinities to 0.
 */
export function createRandom(seed: number): Random {
  let state = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array holding `items` in an order drawn from `random` (Fisher–Yates, so every order is as likely). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
