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

export interface Exercise {
  /** Stable, kebab-case: stored in rotation, mute lists and history, so never renamed. */
  id: string;
  name: string;
  areas: readonly BodyArea[];
  position: Position;
  /** Empty when nothing but the person is needed. */
  equipment: readonly Equipment[];
  dose: Dose;
  /** About how long the whole exercise takes, all sides and rounds, used to fill a break. */
  seconds: number;
  /** 2–5 short steps, in the project's own words. */
  steps: readonly string[];
  /** Shown before the exercise starts. */
  cautions: readonly string[];
  /** The picture: a figure id from the figure set (a movement family may share one). */
  figure: string;
  /** Text alternative for the picture. */
  figureAlt: string;
  uses: readonly ExerciseUse[];
}
