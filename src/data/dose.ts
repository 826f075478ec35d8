import type { Dose } from '../core/routine/types';

/** Short constructors so the library reads like a table. */
export const hold = (seconds: number, times: number, sides: 1 | 2): Dose => ({ kind: 'hold', seconds, times, sides });
export const reps = (count: number, sides: 1 | 2): Dose => ({ kind: 'reps', reps: count, sides });
export const timed = (seconds: number): Dose => ({ kind: 'timed', seconds });

/** A brisk repetition (a blink, an ankle pump) takes at least this long; `seconds` allows for slower ones. */
export const SECONDS_PER_REP = 2;

/** Time under the dose alone, without getting into position or changing sides. */
export function doseSeconds(dose: Dose): number {
  switch (dose.kind) {
    case 'hold':
      return dose.seconds * dose.times * dose.sides;
    case 'reps':
      return dose.reps * dose.sides * SECONDS_PER_REP;
    case 'timed':
      return dose.seconds;
  }
}
