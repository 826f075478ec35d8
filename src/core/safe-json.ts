/**
 * Keys a prototype-pollution payload relies on. JSON.parse makes `"__proto__"` an own property
 * (harmless by itself), but code that later copies keys one by one with `target[key] = value`, or
 * merges deeply, would then write to Object.prototype. Nothing Sitwell stores or reads uses these
 * names, so every entry point drops them: files (backup, preset), admin policy, stored data.
 */
export const POLLUTION_KEYS: readonly string[] = Object.freeze(['__proto__', 'constructor', 'prototype']);

export const isPollutionKey = (key: string): boolean => POLLUTION_KEYS.includes(key);

/**
 * JSON.parse with the pollution keys left out at every depth. Throws what JSON.parse throws, so
 * callers keep their own "not JSON" message.
 */
export function parseJsonSafely(text: string): unknown {
  // A reviver returning undefined deletes the key from the object being built.
  return JSON.parse(text, (key, value) => (isPollutionKey(key) ? undefined : value));
}

/**
 * A copy of an already-parsed value (storage, managed policy, a message) without the pollution
 * keys at any depth. Arrays stay arrays; any other object becomes a plain object of its own
 * enumerable string keys; a value that contains itself has the repeat left out. Never throws.
 */
export function dropPollutionKeys(value: unknown): unknown {
  return copy(value, new Set());
}

function copy(value: unknown, path: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (path.has(value)) return undefined;
  path.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((v) => copy(v, path));
  } else {
    const obj: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // With `__proto__` skipped, no key here reaches a setter: each becomes an own data property.
      if (!isPollutionKey(key)) obj[key] = copy((value as Record<string, unknown>)[key], path);
    }
    out = obj;
  }
  path.delete(value);
  return out;
}
