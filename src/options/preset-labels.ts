/** People's words for each settings field in a preset preview: "Stretch breaks every: 50 → 30 min". */
const LABELS: Record<string, { label: string; unit?: string }> = {
  'stretchBreak.enabled': { label: 'Stretch breaks' },
  'stretchBreak.everyMinutes': { label: 'Stretch breaks every', unit: 'min' },
  'stretchBreak.durationMinutes': { label: 'Stretch break length', unit: 'min' },
  'microBreak.enabled': { label: 'Eye rests' },
  'microBreak.everyMinutes': { label: 'Eye rests every', unit: 'min' },
  'microBreak.durationSeconds': { label: 'Eye rest length', unit: 's' },
  idleResetMinutes: { label: 'Time away that counts as a break', unit: 'min' },
  'snooze.minutes': { label: 'Snooze length', unit: 'min' },
  'snooze.maxPerBreak': { label: 'Snoozes per break' },
  'workHours.enabled': { label: 'Only during working hours' },
  'workHours.days': { label: 'Working days' },
  'workHours.start': { label: 'Working hours from' },
  'workHours.end': { label: 'Working hours until' },
  'prompt.style': { label: 'How reminders appear' },
  'routine.focusAreas': { label: 'Focus areas' },
  'routine.positions': { label: 'Positions' },
  'routine.equipment': { label: 'Equipment' },
  'routine.atOffice': { label: 'At the office' },
  'sitStand.enabled': { label: 'Sit–stand reminders' },
  'sitStand.sitMinutes': { label: 'Sitting time', unit: 'min' },
  'sitStand.standMinutes': { label: 'Standing time', unit: 'min' },
  'sitStand.moveMinutes': { label: 'Moving time', unit: 'min' },
  'postureCheck.enabled': { label: 'Posture check' },
  'postureCheck.everyMinutes': { label: 'Posture check every', unit: 'min' },
  'checklist.recheckDays': { label: 'Checklist suggested again after', unit: 'days' },
};

export const fieldLabel = (field: string): string => LABELS[field]?.label ?? field;

const show = (v: unknown): string => {
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.join(', ');
  return String(v);
};

/** "Stretch breaks every: 50 → 30 min". */
export function describeChange(field: string, from: unknown, to: unknown): string {
  const unit = LABELS[field]?.unit;
  const tail = unit && typeof to === 'number' ? ` ${unit}` : '';
  return `${fieldLabel(field)}: ${show(from)} → ${show(to)}${tail}`;
}

/** "Stretch breaks every: 30 min". */
export function describeValue(field: string, value: unknown): string {
  const unit = LABELS[field]?.unit;
  return `${fieldLabel(field)}: ${show(value)}${unit && typeof value === 'number' ? ` ${unit}` : ''}`;
}
