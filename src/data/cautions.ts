import type { CautionId } from '../core/routine/types';

/**
 * Safety notes for the stretch library, written for Sitwell from the content brief (§3: Mayo
 * Clinic and CCOHS on gentle stretching; the reference notes on hip bursitis and sciatica).
 * The words live in src/locales/<lang>/library.json: `caution_general` applies to every exercise,
 * so pages show it once per routine instead of each exercise repeating it; an exercise's own
 * `cautions` name only the notes specific to it, by these ids (`caution_neck`,
 * `caution_hip_bursitis`, …; src/ui/exercise-text.ts turns them into words).
 */
export const CAUTION = Object.freeze({
  neck: 'neck',
  hipBursitis: 'hipBursitis',
  knees: 'knees',
  balance: 'balance',
  sciatica: 'sciatica',
  clinician: 'clinician',
} as const satisfies { [Id in CautionId]: Id });

/** Every caution id, in the order above. */
export const CAUTION_IDS: readonly CautionId[] = Object.freeze(Object.values(CAUTION));
