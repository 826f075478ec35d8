/**
 * The stretch library's vocabulary. The library itself is data (src/data/); the routine picker
 * in this folder is pure and only sees these types.
 */

export const BODY_AREAS = [
  'lower-back',
  'hips',
  'hip-flexors',
  'hamstrings',
  'neck',
  'shoulders',
  'upper-back',
  'wrists',
  'eyes',
  'legs',
] as const;
/** `legs` stands for legs and circulation (calf pumps, a short walk). */
export type BodyArea = (typeof BODY_AREAS)[number];

export const POSITIONS = ['seated', 'standing', 'floor'] as const;
export type Position = (typeof POSITIONS)[number];

/** Kit an exercise needs. Chair, desk and wall are at any desk; the rest are not. */
export const EQUIPMENT = ['chair', 'desk', 'wall', 'resistance-band', 'dumbbells', 'mat'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/** Kit nobody has at the office: the "at the office" switch rules these out, with floor moves. */
export const HOME_ONLY_EQUIPMENT: readonly Equipment[] = ['resistance-band', 'dumbbells', 'mat'];

/** How much of an exercise to do. `sides: 2` means each side in turn. */
export type Dose =
  | { kind: 'hold'; seconds: number; times: number; sides: 1 | 2 }
  | { kind: 'reps'; reps: number; sides: 1 | 2 }
  | { kind: 'timed'; seconds: number };

/** Which prompts an exercise suits: a micro-break draws an eye rest, a posture reset or one quick stretch. */
export type ExerciseUse = 'micro' | 'stretch';

/**
 * An exercise-specific safety note, shown before the exercise starts. The words live in the
 * locale files (`caution_<id in snake case>`); the data names only the id.
 */
export type CautionId = 'neck' | 'hipBursitis' | 'knees' | 'balance' | 'sciatica' | 'clinician';

/**
 * One exercise. Its words are not here but in the locale files, named from the id with `-`
 * turned into `_` (k): `ex_<k>_name`, `ex_<k>_step_1` … `ex_<k>_step_<stepCount>` and `ex_<k>_alt`
 * (see src/ui/exercise-text.ts).
 */
export interface Exercise {
  /** Stable, kebab-case: stored in rotation, mute lists and history, so never renamed. */
  id: string;
  areas: readonly BodyArea[];
  position: Position;
  /** Empty when nothing but the person is needed. */
  equipment: readonly Equipment[];
  dose: Dose;
  /** About how long the whole exercise takes, all sides and rounds, used to fill a break. */
  seconds: number;
  /** How many short steps (2–5) the locale files hold for it, in the project's own words. */
  stepCount: number;
  /** Shown before the exercise starts. */
  cautions: readonly CautionId[];
  /** The picture: a figure id from the figure set (a movement family may share one). Its text alternative is `ex_<k>_alt`. */
  figure: string;
  uses: readonly ExerciseUse[];
}
