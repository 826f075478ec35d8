import { msg } from '../message';
import type { Settings } from './defaults';
import { type FieldError, validateSettings } from './validate';

/** The version written with every saved settings object. */
export const SETTINGS_VERSION = 1;

/** How settings sit in storage: the version lets later releases migrate old shapes. */
export interface StoredSettings {
  version: number;
  savedAt: number;
  settings: unknown;
}

/**
 * One step from `from` to `from + 1`. Each step is small, pure and dated, so it can be deleted
 * once no install could still hold that version (the pattern refined-github's options-storage uses).
 */
export interface Migration {
  from: number;
  note: string;
  up: (old: Record<string, unknown>) => Record<string, unknown>;
}

/** Version 1 is the first released shape, so there is nothing to migrate yet. */
export const MIGRATIONS: readonly Migration[] = [];

export interface Loaded {
  settings: Settings;
  errors: FieldError[];
  /** True when what was stored had to change (migrated or repaired) and should be written back. */
  changed: boolean;
}

/**
 * Turns whatever storage held into valid settings: runs each migration in order, then validates
 * field by field. Unknown or garbled data gives defaults with a message, never an exception.
 */
export function loadSettings(
  stored: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target = SETTINGS_VERSION,
): Loaded {
  if (stored === undefined || stored === null) {
    return { ...validateSettings(undefined), changed: false };
  }
  const wrapped = typeof stored === 'object' && !Array.isArray(stored) ? (stored as Partial<StoredSettings>) : {};
  let version = typeof wrapped.version === 'number' && Number.isInteger(wrapped.version) ? wrapped.version : target;
  let body = wrapped.settings;
  const errors: FieldError[] = [];
  if (body === undefined) {
    errors.push({ field: '', message: msg('set_err_unreadable') });
  }
  if (version > target) {
    // Written by a newer release (say, synced from another browser): keep what still validates.
    errors.push({ field: '', message: msg('set_err_newer_version', version) });
    version = target;
  }
  let changed = false;
  for (const step of migrations) {
    if (step.from !== version || version >= target) continue;
    body = step.up(typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {});
    version += 1;
    changed = true;
  }
  const validated = validateSettings(body);
  return {
    settings: validated.settings,
    errors: [...errors, ...validated.errors],
    changed: changed || errors.length > 0 || validated.errors.length > 0,
  };
}
