import { type Loaded, loadSettings, SETTINGS_VERSION, type Settings, type StoredSettings } from '../core';
import { browser } from './browser';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'settings';

export type SettingsArea = 'sync' | 'local';

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

/**
 * Settings live in storage.sync so they follow the person between browsers; when a write to sync
 * fails they are written to local instead, and the newer of the two copies wins on read.
 */
export async function readSettings(): Promise<Loaded> {
  const [sync, local] = await Promise.all([read('sync'), read('local')]);
  return loadSettings(savedAt(local) > savedAt(sync) ? local : sync);
}

export async function writeSettings(settings: Settings, now = Date.now()): Promise<SettingsArea> {
  const stored: StoredSettings = { version: SETTINGS_VERSION, savedAt: now, settings };
  try {
    // storage.sync allows ~8 KB per item and 120 writes a minute: fine for settings, nothing else.
    await browser.storage.sync.set({ [KEY]: stored });
    return 'sync';
  } catch {
    await browser.storage.local.set({ [KEY]: stored });
    return 'local';
  }
}

export function onSettingsChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['sync', 'local'], listener);
}
