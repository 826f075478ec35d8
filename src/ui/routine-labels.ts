import type { BodyArea, Dose, Equipment, Position } from '../core';
import type { MessageKey } from '../locales/keys';
import { t, tp } from '../platform/i18n';

/** People's names for the library's vocabulary (src/locales/<lang>/library.json). */
const AREA_KEYS = {
  'lower-back': 'area_lower_back',
  hips: 'area_hips',
  'hip-flexors': 'area_hip_flexors',
  hamstrings: 'area_hamstrings',
  neck: 'area_neck',
  shoulders: 'area_shoulders',
  'upper-back': 'area_upper_back',
  wrists: 'area_wrists',
  eyes: 'area_eyes',
  legs: 'area_legs',
} as const satisfies Record<BodyArea, MessageKey>;

const POSITION_KEYS = {
  seated: 'position_seated',
  standing: 'position_standing',
  floor: 'position_floor',
} as const satisfies Record<Position, MessageKey>;

const EQUIPMENT_KEYS = {
  chair: 'equipment_chair',
  desk: 'equipment_desk',
  wall: 'equipment_wall',
  'resistance-band': 'equipment_resistance_band',
  dumbbells: 'equipment_dumbbells',
  mat: 'equipment_mat',
} as const satisfies Record<Equipment, MessageKey>;

/** "Lower back", "Legs and circulation". */
export function areaLabel(area: BodyArea): string {
  return t(AREA_KEYS[area]);
}

/** "Seated", "Standing", "On the floor". */
export function positionLabel(position: Position): string {
  return t(POSITION_KEYS[position]);
}

/** "Chair", "Exercise mat". */
export function equipmentLabel(equipment: Equipment): string {
  return t(EQUIPMENT_KEYS[equipment]);
}

/**
 * "Chair, Desk" or "Nothing needed". The labels stand side by side like tags, each capitalised, so
 * a comma joins them in every shipped language; a sentence-style list ("Silla y Escritorio",
 * formatList's "Chair and Desk") would capitalise nouns mid-phrase in Spanish and French.
 */
export function equipmentText(equipment: readonly Equipment[]): string {
  return equipment.length === 0 ? t('equipment_none') : equipment.map(equipmentLabel).join(', ');
}

/** "20 s", "2 min", "1 min 30 s": the short form the break page shows. */
export function shortDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return t('dose_seconds', s);
  return s === 0 ? t('dose_minutes', m) : t('dose_minutes_seconds', m, s);
}

/** "Hold 20 s, each side, 2 times", "10 reps, each side", "2 min". */
export function doseText(dose: Dose): string {
  switch (dose.kind) {
    case 'hold': {
      const time = shortDuration(dose.seconds);
      if (dose.times > 1) {
        return dose.sides === 2
          ? tp('dose_hold_each_side_times', dose.times, time)
          : tp('dose_hold_times', dose.times, time);
      }
      return dose.sides === 2 ? t('dose_hold_each_side', time) : t('dose_hold', time);
    }
    case 'reps':
      return dose.sides === 2 ? tp('dose_reps_each_side', dose.reps) : tp('dose_reps', dose.reps);
    case 'timed':
      return shortDuration(dose.seconds);
  }
}
