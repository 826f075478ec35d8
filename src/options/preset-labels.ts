import { BODY_AREAS, type BodyArea, EQUIPMENT, type Equipment, POSITIONS, type Position, WEEKDAYS } from '../core';
import type { MessageKey } from '../locales/keys';
import { formatNumber, t, tp } from '../platform/i18n';
import { formatDate } from '../shared/format';
import { areaLabel, equipmentLabel, positionLabel } from '../ui/routine-labels';

type Unit = 'minutes' | 'seconds' | 'days';

/** People's words for each settings field in a preset preview: "Stretch breaks every: 50 → 30 min". */
const LABELS: Record<string, { label: MessageKey; unit?: Unit }> = {
  'stretchBreak.enabled': { label: 'pre_field_stretch_enabled' },
  'stretchBreak.everyMinutes': { label: 'pre_field_stretch_every', unit: 'minutes' },
  'stretchBreak.durationMinutes': { label: 'pre_field_stretch_length', unit: 'minutes' },
  'microBreak.enabled': { label: 'pre_field_micro_enabled' },
  'microBreak.everyMinutes': { label: 'pre_field_micro_every', unit: 'minutes' },
  'microBreak.durationSeconds': { label: 'pre_field_micro_length', unit: 'seconds' },
  idleResetMinutes: { label: 'pre_field_idle_reset', unit: 'minutes' },
  'snooze.minutes': { label: 'pre_field_snooze_length', unit: 'minutes' },
  'snooze.maxPerBreak': { label: 'pre_field_snooze_max' },
  'workHours.enabled': { label: 'pre_field_work_hours_enabled' },
  'workHours.days': { label: 'pre_field_work_days' },
  'workHours.start': { label: 'pre_field_work_start' },
  'workHours.end': { label: 'pre_field_work_end' },
  'prompt.style': { label: 'pre_field_prompt_style' },
  'routine.focusAreas': { label: 'pre_field_focus_areas' },
  'routine.positions': { label: 'pre_field_positions' },
  'routine.equipment': { label: 'pre_field_equipment' },
  'routine.atOffice': { label: 'pre_field_at_office' },
  'sitStand.enabled': { label: 'pre_field_sit_stand_enabled' },
  'sitStand.sitMinutes': { label: 'pre_field_sit_minutes', unit: 'minutes' },
  'sitStand.standMinutes': { label: 'pre_field_stand_minutes', unit: 'minutes' },
  'sitStand.moveMinutes': { label: 'pre_field_move_minutes', unit: 'minutes' },
  'postureCheck.enabled': { label: 'pre_field_posture_enabled' },
  'postureCheck.everyMinutes': { label: 'pre_field_posture_every', unit: 'minutes' },
  'checklist.recheckDays': { label: 'pre_field_recheck_days', unit: 'days' },
  'defer.fullscreen': { label: 'defer_field_fullscreen' },
  'defer.meetings': { label: 'defer_field_meetings' },
  'defer.maxMinutes': { label: 'defer_field_max_minutes', unit: 'minutes' },
};

const PROMPT_STYLE_LABELS: Record<string, MessageKey> = {
  notification: 'pre_style_notification',
  window: 'pre_style_window',
};

export function fieldLabel(field: string): string {
  const entry = LABELS[field];
  return entry ? t(entry.label) : field;
}

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);

/** A day id as the reader's short weekday name: 7 January 2024 was a Sunday, as WEEKDAYS starts. */
const weekdayName = (day: string) =>
  formatDate(new Date(2024, 0, 7 + WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]), 12), { weekday: 'short' });

/** One entry of a list field in words: a weekday, a body area, a position or a piece of equipment. */
function entry(field: string, v: unknown): string {
  if (field === 'workHours.days' && isOneOf(WEEKDAYS, v)) return weekdayName(v);
  if (field === 'routine.focusAreas' && isOneOf<BodyArea>(BODY_AREAS, v)) return areaLabel(v);
  if (field === 'routine.positions' && isOneOf<Position>(POSITIONS, v)) return positionLabel(v);
  if (field === 'routine.equipment' && isOneOf<Equipment>(EQUIPMENT, v)) return equipmentLabel(v);
  return String(v);
}

/** A value in words. The labels of a list stand side by side like tags, so a comma joins them. */
function show(field: string, v: unknown): string {
  if (typeof v === 'boolean') return t(v ? 'pre_on' : 'pre_off');
  if (typeof v === 'number') return formatNumber(v);
  if (Array.isArray(v)) return v.length === 0 ? t('pre_none') : v.map((x) => entry(field, x)).join(', ');
  const style = field === 'prompt.style' && typeof v === 'string' ? PROMPT_STYLE_LABELS[v] : undefined;
  return style ? t(style) : String(v);
}

/** "Stretch breaks every: 50 → 30 min". The unit follows the new value when it is a number. */
export function describeChange(field: string, from: unknown, to: unknown): string {
  const label = fieldLabel(field);
  const unit = typeof to === 'number' ? LABELS[field]?.unit : undefined;
  if (unit === 'minutes') return t('pre_change_minutes', label, show(field, from), show(field, to));
  if (unit === 'seconds') return t('pre_change_seconds', label, show(field, from), show(field, to));
  if (unit === 'days') return tp('pre_change_days', to as number, label, show(field, from));
  return t('pre_change', label, show(field, from), show(field, to));
}

/** "Stretch breaks every: 30 min". */
export function describeValue(field: string, value: unknown): string {
  const label = fieldLabel(field);
  const unit = typeof value === 'number' ? LABELS[field]?.unit : undefined;
  if (unit === 'minutes') return t('pre_value_minutes', label, show(field, value));
  if (unit === 'seconds') return t('pre_value_seconds', label, show(field, value));
  if (unit === 'days') return tp('pre_value_days', value as number, label);
  return t('pre_value', label, show(field, value));
}
