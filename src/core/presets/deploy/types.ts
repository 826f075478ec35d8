/**
 * Shared pieces of the deployment kit: the values an administrator pushes to Sitwell's managed
 * storage (the keys of public/managed-schema.json) and the ids that address the extension in each
 * browser. Everything here is pure: the CLI in scripts/policy.ts does the reading and writing.
 */

/** One settings object as the schema's `enforced` / `defaults` take it (every field optional). */
export type PolicyObject = Record<string, unknown>;

/** The managed-storage keys the kit writes; a key left undefined is left out of every file. */
export interface PolicyValues {
  organization?: string;
  enforced?: PolicyObject;
  defaults?: PolicyObject;
  checklistItems?: unknown[];
}

export const POLICY_KEYS = ['organization', 'enforced', 'defaults', 'checklistItems'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export interface DeployIds {
  /** The Chromium id (Chrome, Chromium): 32 letters a–p. */
  extensionId: string;
  /** Edge's id when it differs (an Edge Add-ons listing gets its own); defaults to `extensionId`. */
  edgeId?: string;
  /** The Firefox add-on id (browser_specific_settings.gecko.id). */
  firefoxId: string;
  /** The preset's name: labels the macOS profile and seeds its stable UUIDs. */
  presetName: string;
}

/**
 * Stand-in used when no --extension-id is given. Sitwell has no Chrome Web Store listing yet, and
 * an unpacked copy gets an id derived from its folder path, so every install may differ: the
 * files made with this placeholder are examples until the real id is put in.
 */
export const PLACEHOLDER_EXTENSION_ID = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

/** The add-on id the Firefox files use unless told otherwise. */
export const DEFAULT_FIREFOX_ID = 'sitwell@sitwell.app';

/** Chromium ids are 128 bits written as 32 letters from a to p (one letter per 4 bits). */
export function isChromiumExtensionId(id: string): boolean {
  return /^[a-p]{32}$/.test(id);
}

/** A Firefox id is either an email-like `name@domain` or a `{GUID}`. */
export function isFirefoxExtensionId(id: string): boolean {
  return (
    /^[A-Za-z0-9._+-]*@[A-Za-z0-9._-]+$/.test(id) || /^\{[0-9A-Fa-f]{8}-([0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}\}$/.test(id)
  );
}

/** The keys that have a value, in the schema's order. */
export function presentEntries(policy: PolicyValues): [PolicyKey, unknown][] {
  return POLICY_KEYS.filter((k) => policy[k] !== undefined).map((k) => [k, policy[k]]);
}

/**
 * Whether `text` holds something no XML 1.0 document may carry even escaped (C0 controls other
 * than tab, LF and CR; U+FFFE and U+FFFF) or a lone UTF-16 surrogate, which no file encoding holds.
 */
function hasUnsafeText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    if (c === 0xfffe || c === 0xffff) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** Whether `text` has any control character at all (C0 or DEL). */
const hasControl = (text: string): boolean => [...text].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f');

/**
 * Checks that every file format can carry the values unchanged: no null (the registry, plists and
 * Chrome's policy schemas have none), only finite numbers, no text XML cannot hold, and a
 * one-line organization name (a registry string cannot hold a line break). Returns messages;
 * empty means fine.
 */
export function checkPolicyValues(policy: PolicyValues): string[] {
  const errors: string[] = [];
  if (policy.organization !== undefined) {
    if (typeof policy.organization !== 'string') errors.push('organization: must be text.');
    else if (hasControl(policy.organization) || hasUnsafeText(policy.organization))
      errors.push('organization: must be one line of text without control characters.');
  }
  const walk = (value: unknown, path: string): void => {
    if (value === null) errors.push(`${path}: null cannot be expressed in policy files.`);
    else if (typeof value === 'number') {
      if (!Number.isFinite(value)) errors.push(`${path}: numbers must be finite.`);
    } else if (typeof value === 'string') {
      if (hasUnsafeText(value)) errors.push(`${path}: contains a character policy files cannot hold.`);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value as object)) {
        if (hasUnsafeText(k))
          errors.push(`${path}: the key ${JSON.stringify(k)} has a character policy files cannot hold.`);
        walk(v, `${path}.${k}`);
      }
    } else if (typeof value !== 'boolean') errors.push(`${path}: unsupported value of type ${typeof value}.`);
  };
  for (const key of ['enforced', 'defaults'] as const) {
    const v = policy[key];
    if (v === undefined) continue;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) errors.push(`${key}: must be an object.`);
    else walk(v, key);
  }
  if (policy.checklistItems !== undefined) {
    if (!Array.isArray(policy.checklistItems)) errors.push('checklistItems: must be a list.');
    else walk(policy.checklistItems, 'checklistItems');
  }
  return errors;
}
