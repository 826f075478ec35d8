import {
  effectiveSettings,
  getPath,
  type Loaded,
  loadSettings,
  lockedFields,
  type Msg,
  type PartialSettings,
  type Policy,
  SETTINGS_FIELDS,
  SETTINGS_VERSION,
  type Settings,
  type StoredSettings,
  setPath,
  withoutLocked,
} from '../core';
import { browser } from './browser';
import { readPolicySettings } from './policy-store';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'settings';

export type SettingsArea = 'sync' | 'local';

/** The settings Sitwell runs with, and where each part of them comes from. */
export interface SettingsInEffect extends Loaded {
  /** Dotted paths the administrator enforces; they cannot be changed here. */
  locked: ReadonlySet<string>;
  /** Dotted paths whose starting value the administrator set (the person may change them). */
  adminDefaults: ReadonlySet<string>;
  organization: string | null;
  /** Ignored values of the policy's settings parts, one sentence each. */
  policyProblems: readonly Msg[];
}

/** With the whole policy (team presets, checklist items) beside them, for the Presets tab (team-policy.ts). */
export interface EffectiveLoaded extends SettingsInEffect {
  policy: Policy;
}

async function read(area: SettingsArea): Promise<unknown> {
  try {
    return (await browser.storage[area].get(KEY))[KEY];
  } catch {
    return undefined; // sync can be turned off by policy or fail offline; local is the fallback
  }
}

const savedAt = (v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as StoredSettings).savedAt === 'number'
    ? (v as StoredSettings).savedAt
    : -1;

/** The person's own settings as stored; `stored` is undefined before their first save. */
async function readUser(): Promise<{ stored: unknown; loaded: Loaded }> {
  const [sync, local] = await Promise.all([read('sync'), read('local')]);
  const stored = savedAt(local) > savedAt(sync) ? local : sync;
  return { stored, loaded: loadSettings(stored) };
}

/**
 * Settings live in storage.sync so they follow the person between browsers; when a write to sync
 * fails they are written to local instead, and the newer of the two copies wins on read. What is
 * returned is the effective result: built-in defaults < admin defaults < the person's own < enforced.
 */
export async function readSettings(): Promise<SettingsInEffect> {
  const [{ stored, loaded }, policy] = await Promise.all([readUser(), readPolicySettings()]);
  // Until the person saves a choice of their own, the administrator's defaults apply.
  const user: PartialSettings | Settings = stored === undefined || stored === null ? {} : loaded.settings;
  const settings = effectiveSettings({ adminDefaults: policy.defaults, user, enforced: policy.enforced });
  return {
    ...loaded,
    settings,
    locked: lockedFields(policy.enforced),
    adminDefaults: lockedFields(policy.defaults),
    organization: policy.organization,
    policyProblems: policy.problems,
  };
}

/**
 * Stores the person's settings. Enforced fields are never taken from `settings`: the person's own
 * earlier value is kept for them, so an import or a save cannot override policy, and their choice
 * comes back if the policy is lifted.
 */
export async function writeSettings(settings: Settings, now = Date.now()): Promise<SettingsArea> {
  const [{ loaded }, policy] = await Promise.all([readUser(), readPolicySettings()]);
  const locked = lockedFields(policy.enforced);
  const own = withoutLocked(settings as PartialSettings, locked);
  const body = structuredClone(loaded.settings) as unknown as Record<string, unknown>;
  for (const field of SETTINGS_FIELDS) {
    const value = getPath(own, field);
    if (value !== undefined) setPath(body, field, value);
  }
  const stored: StoredSettings = { version: SETTINGS_VERSION, savedAt: now, settings: body as unknown as Settings };
  try {
    // storage.sync allows ~8 KB per item and 120 writes a minute: fine for settings, nothing else.
    await browser.storage.sync.set({ [KEY]: stored });
    return 'sync';
  } catch {
    await browser.storage.local.set({ [KEY]: stored });
    return 'local';
  }
}

/** Fires when the person's own settings change (policy changes: onPolicyChanged). */
export function onSettingsChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['sync', 'local'], listener);
}
