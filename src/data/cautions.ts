/**
 * Safety notes for the stretch library, written for Sitwell from the content brief (§3: Mayo
 * Clinic and CCOHS on gentle stretching; the reference notes on hip bursitis and sciatica).
 * GENERAL_CAUTION applies to every exercise, so pages show it once per routine instead of each
 * exercise repeating it; an exercise's own `cautions` hold only the notes specific to it.
 */
export const GENERAL_CAUTION =
  'Move slowly and keep breathing. Ease into each position and never bounce. A mild pull is fine; pain is the signal to stop.';

export const CAUTION = Object.freeze({
  neck: 'Neck: if this hurts, stop straight away. Turn and tilt only; never roll your head in a full circle.',
  hipBursitis: 'Hip bursitis: leave this one out, as lifting the leg while lying on your side can inflame it.',
  knees: 'Knees: skip this if kneeling or deep bending hurts them. A folded towel under the knees makes it kinder.',
  balance: 'Balance: keep one hand on the desk, a wall or a sturdy chair while most of your weight is on one leg.',
  sciatica: 'Sciatica: if this brings on pain running down one leg below the knee, stop and leave it out.',
  clinician:
    'After hip or back surgery, while pregnant, with osteoporosis or with a recent injury, ask a clinician before trying this.',
} as const);
