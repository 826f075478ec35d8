import type { CautionId } from '../core/routine/types';
import { t, tKey } from '../platform/i18n';

/**
 * An exercise's words, from the locale files (src/locales/<lang>/exercises-*.json and
 * library.json). Each exercise's messages are named from its id with `-` turned into `_`:
 * `ex_<k>_name`, `ex_<k>_step_1` … `ex_<k>_step_<stepCount>` and `ex_<k>_alt`.
 */

/** The message-name stem of an exercise: `chin-tuck` → `ex_chin_tuck`. */
export const exerciseKey = (id: string): string => `ex_${id.replace(/-/g, '_')}`;

/** The message name of a caution: `hipBursitis` → `caution_hip_bursitis`. */
export const cautionKey = (id: CautionId): string => `caution_${id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;

/** "Chin tuck". */
export function exerciseName(e: { id: string }): string {
  return tKey(`${exerciseKey(e.id)}_name`);
}

/** The steps, in order: `ex_<k>_step_1` … `ex_<k>_step_<stepCount>`. */
export function exerciseSteps(e: { id: string; stepCount: number }): string[] {
  const stem = exerciseKey(e.id);
  return Array.from({ length: e.stepCount }, (_, i) => tKey(`${stem}_step_${i + 1}`));
}

/** The exercise's own safety notes, shown before it starts. */
export function exerciseCautions(e: { cautions: readonly CautionId[] }): string[] {
  return e.cautions.map((id) => tKey(cautionKey(id)));
}

/** The figure's text alternative. */
export function exerciseAlt(e: { id: string }): string {
  return tKey(`${exerciseKey(e.id)}_alt`);
}

/** The caution that applies to every exercise, shown once per routine. */
export function generalCaution(): string {
  return t('caution_general');
}
