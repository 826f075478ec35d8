import { type Checklist, mergeItems } from '../checklist/merge';
import { isObj } from '../guards';
import { type Msg, type MsgPart, msg } from '../message';
import { dropPollutionKeys, parseJsonSafely } from '../safe-json';
import type { Settings } from '../settings/defaults';
import { getPath, type PartialSettings, SETTINGS_FIELDS, validatePartialSettings } from './partial-settings';

export const PRESET_FORMAT = 'sitwell-preset';
export const PRESET_VERSION = 1;
/** A preset is a few hundred bytes; 64 KB leaves room for long checklists and stops a wrong file early. */
export const PRESET_MAX_BYTES = 64 * 1024;
export const PRESET_NAME_MAX = 80;
export const PRESET_DESCRIPTION_MAX = 500;

/** An extra checklist item as a preset carries it: a known section id, or a new section. */
export interface PresetChecklistItem {
  id: string;
  section: string | { id: string; title: string };
  statement: string;
  tip: string;
  source?: string;
}

export interface Preset {
  format: typeof PRESET_FORMAT;
  version: typeof PRESET_VERSION;
  name: string;
  description?: string;
  settings: PartialSettings;
  checklistItems?: PresetChecklistItem[];
}

export type PresetResult = { ok: true; preset: Preset } | { ok: false; errors: Msg[] };

export interface PresetChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Used when the caller has no checklist at hand: items may then only bring their own sections. */
const NO_CHECKLIST: Checklist = { sections: [], items: [] };
const KNOWN_KEYS = ['format', 'version', 'name', 'description', 'settings', 'checklistItems'];

/**
 * Reads a preset file. Unlike stored settings, a file is all or nothing: a person chose to apply it
 * as a whole, so a half-applied preset would be a surprise. Every problem is listed at once so the
 * file can be fixed in one go. `checklist` is the built-in checklist that extra items are checked
 * against (core cannot import the data module itself). Never throws.
 */
export function parsePresetText(text: string, checklist: Checklist = NO_CHECKLIST): PresetResult {
  if (typeof text !== 'string') return { ok: false, errors: [msg('pre_err_not_text')] };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > PRESET_MAX_BYTES) return { ok: false, errors: [presetTooLarge(bytes)] };
  let value: unknown;
  try {
    value = parseJsonSafely(text);
  } catch {
    return { ok: false, errors: [msg('pre_err_not_json')] };
  }
  return parsePreset(value, checklist);
}

/**
 * Checks an already-parsed preset with the same strict rules as parsePresetText, after dropping the
 * prototype-pollution keys at every depth (safe-json.ts). Never throws.
 */
export function parsePreset(input: unknown, checklist: Checklist = NO_CHECKLIST): PresetResult {
  const value = dropPollutionKeys(input);
  if (!isObj(value)) return { ok: false, errors: [msg('pre_err_not_object')] };
  const errors: Msg[] = [];
  if (value.format !== PRESET_FORMAT) {
    errors.push(msg('pre_err_format', PRESET_FORMAT, describe(value.format)));
  }
  if (value.version !== PRESET_VERSION) {
    errors.push(msg('pre_err_version', describe(value.version), PRESET_VERSION));
  }
  const { name, description } = value;
  if (typeof name !== 'string' || name.trim() === '' || name.length > PRESET_NAME_MAX) {
    errors.push(msg('pre_err_name', PRESET_NAME_MAX));
  }
  if (description !== undefined && (typeof description !== 'string' || description.length > PRESET_DESCRIPTION_MAX)) {
    errors.push(msg('pre_err_description', PRESET_DESCRIPTION_MAX));
  }
  for (const key of Object.keys(value)) if (!KNOWN_KEYS.includes(key)) errors.push(msg('pre_err_unknown_field', key));
  if (value.settings === undefined) errors.push(msg('pre_err_no_settings'));
  const settings = validatePartialSettings(value.settings ?? {}, 'settings.');
  errors.push(...settings.errors.map((e) => e.message));
  const items = value.checklistItems;
  if (items !== undefined) {
    const merged = mergeItems(checklist, items);
    errors.push(...merged.errors.map((e) => msg('pre_err_checklist_items', e.message)));
  }
  if (errors.length > 0) return { ok: false, errors };
  const preset: Preset = {
    format: PRESET_FORMAT,
    version: PRESET_VERSION,
    name: (name as string).trim(),
    settings: settings.settings,
  };
  if (description !== undefined) preset.description = description as string;
  if (Array.isArray(items)) preset.checklistItems = items.map(toItem);
  return { ok: true, preset };
}

/** Copies only the fields mergeItems reads, trimmed as it trims them; called after it accepted them. */
function toItem(raw: unknown): PresetChecklistItem {
  const r = raw as Record<string, unknown>;
  const section = isObj(r.section)
    ? { id: r.section.id as string, title: (r.section.title as string).trim() }
    : (r.section as string);
  const item: PresetChecklistItem = {
    id: r.id as string,
    section,
    statement: (r.statement as string).trim(),
    tip: (r.tip as string).trim(),
  };
  if (typeof r.source === 'string') item.source = r.source.trim();
  return item;
}

/** "This file is 70000 bytes; a preset may be at most 65536 bytes (64 KB)." */
export const presetTooLarge = (bytes: number): Msg => msg('pre_err_too_large', bytes, PRESET_MAX_BYTES);

/** A short quote of a wrong value; typeof first, since JSON.stringify throws on a BigInt. */
const describe = (v: unknown): MsgPart => {
  if (v === undefined) return msg('pre_found_nothing');
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) {
    return JSON.stringify(v).slice(0, 40);
  }
  if (Array.isArray(v)) return msg('pre_found_list');
  return typeof v === 'object' ? msg('pre_found_object') : msg('pre_found_other', typeof v);
};

/** The person's current settings as a shareable preset: every field, so applying it reproduces them. */
export function toPresetFile(name: string, description: string, settings: Settings): Preset {
  const preset: Preset = {
    format: PRESET_FORMAT,
    version: PRESET_VERSION,
    name: name.trim().slice(0, PRESET_NAME_MAX),
    settings: structuredClone(settings) as PartialSettings,
  };
  if (description.trim() !== '') preset.description = description.trim().slice(0, PRESET_DESCRIPTION_MAX);
  return preset;
}

/** What applying `preset` would change, field by field, for the preview shown before applying. */
export function presetChanges(current: Settings, preset: PartialSettings): PresetChange[] {
  const changes: PresetChange[] = [];
  for (const field of SETTINGS_FIELDS) {
    const to = getPath(preset, field);
    if (to === undefined) continue;
    const from = getPath(current, field);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}
