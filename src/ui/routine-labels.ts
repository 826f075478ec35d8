import type { BodyArea, Dose, Equipment, Position } from '../core';

/** People's names for the library's vocabulary, in the order the options page lists them. */
export const AREA_LABELS: Record<BodyArea, string> = {
  'lower-back': 'Lower back',
  hips: 'Hips',
  'hip-flexors': 'Hip flexors',
  hamstrings: 'Hamstrings',
  neck: 'Neck',
  shoulders: 'Shoulders',
  'upper-back': 'Upper back',
  wrists: 'Wrists',
  eyes: 'Eyes',
  legs: 'Legs and circulation',
};

export const POSITION_LABELS: Record<Position, string> = {
  seated: 'Seated',
  standing: 'Standing',
  floor: 'On the floor',
};

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  chair: 'Chair',
  desk: 'Desk',
  wall: 'Wall',
  'resistance-band': 'Resistance band',
  dumbbells: 'Dumbbells',
  mat: 'Exercise mat',
};

/** "90 s" → "1 min 30 s", "120" → "2 min": the short form the break page shows. */
export function shortDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

const each = (sides: 1 | 2) => (sides === 2 ? ', each side' : '');

/** "Hold 20 s, each side, 2 times", "10 reps, each side", "2 min". */
export function doseText(dose: Dose): string {
  switch (dose.kind) {
    case 'hold':
      return `Hold ${shortDuration(dose.seconds)}${each(dose.sides)}${dose.times > 1 ? `, ${dose.times} times` : ''}`;
    case 'reps':
      return `${dose.reps} ${dose.reps === 1 ? 'rep' : 'reps'}${each(dose.sides)}`;
    case 'timed':
      return shortDuration(dose.seconds);
  }
}

/** "Chair, Desk" or "Nothing needed". */
export function equipmentText(equipment: readonly Equipment[]): string {
  return equipment.length === 0 ? 'Nothing needed' : equipment.map((e) => EQUIPMENT_LABELS[e]).join(', ');
}
