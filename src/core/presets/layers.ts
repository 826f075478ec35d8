import { DEFAULT_SETTINGS, type Settings } from '../settings/defaults';
import { getPath, type PartialSettings, SETTINGS_FIELDS, setPath } from './partial-settings';

export interface SettingsLayers {
  adminDefaults: PartialSettings;
  user: PartialSettings | Settings;
  enforced: PartialSettings;
}

/**
 * The settings Sitwell runs with: built-in defaults, then the administrator's defaults, then the
 * person's own choices, then what the administrator enforces. Each field is taken whole from the
 * last layer that has it, so a list is replaced rather than merged (an enforced "seated only"
 * must not gain "floor" from the person's list). Each layer is expected to be validated already.
 */
export function effectiveSettings({ adminDefaults, user, enforced }: SettingsLayers): Settings {
  const result = structuredClone(DEFAULT_SETTINGS) as Settings;
  const target = result as unknown as Record<string, unknown>;
  for (const layer of [adminDefaults, user, enforced]) {
    for (const field of SETTINGS_FIELDS) {
      const value = getPath(layer, field);
      if (value !== undefined) setPath(target, field, structuredClone(value));
    }
  }
  repairCrossField(result, lockedFields(enforced));
  return result;
}

/**
 * Layers valid on their own can still clash (an enforced start after the person's end). The parts
 * that are not enforced go back to the built-in values; an enforced value is never touched.
 */
function repairCrossField(s: Settings, locked: ReadonlySet<string>): void {
  const w = s.workHours;
  if (w.start >= w.end) {
    if (!locked.has('workHours.start')) w.start = DEFAULT_SETTINGS.workHours.start;
    if (!locked.has('workHours.end')) w.end = DEFAULT_SETTINGS.workHours.end;
  }
  if (w.enabled && w.days.length === 0 && !locked.has('workHours.days')) {
    w.days = [...DEFAULT_SETTINGS.workHours.days];
  }
}

/** Dotted paths of every enforced field; a list such as workHours.days is one path. */
export function lockedFields(enforced: PartialSettings): Set<string> {
  return new Set(SETTINGS_FIELDS.filter((field) => getPath(enforced, field) !== undefined));
}

/** The person's settings minus locked fields, so an import or a save cannot override policy. */
export function withoutLocked(user: PartialSettings, locked: ReadonlySet<string>): PartialSettings {
  const out: Record<string, unknown> = {};
  for (const field of SETTINGS_FIELDS) {
    const value = getPath(user, field);
    if (value !== undefined && !locked.has(field)) setPath(out, field, structuredClone(value));
  }
  return out as PartialSettings;
}
