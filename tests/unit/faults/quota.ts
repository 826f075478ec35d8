/**
 * A storage.local with a byte quota like Chromium's QUOTA_BYTES, for the quota fault tests at
 * unit and worker level.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

/** Chromium's message when storage.local would grow past QUOTA_BYTES. */
export const QUOTA_MESSAGE = 'QUOTA_BYTES quota exceeded';

/** Bytes as Chromium counts them for QUOTA_BYTES: each key plus the JSON of its value. */
export function bytesOf(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((n, [key, value]) => n + key.length + (JSON.stringify(value)?.length ?? 0), 0);
}

/** The bytes storage.local holds now. */
export async function bytesStored(): Promise<number> {
  return bytesOf(await fakeBrowser.storage.local.get());
}

/**
 * Gives storage.local a quota of `budget()` bytes: a set that would leave more stored rejects with
 * Chromium's message and changes nothing, as Chromium does. Returns the spy, which counts the
 * refusals in `counter.refused` (undo with mockRestore or vi.restoreAllMocks).
 */
export function limitLocalStorage(budget: () => number) {
  const area = fakeBrowser.storage.local;
  const set = area.set.bind(area);
  const counter = { refused: 0 };
  const spy = vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const after = { ...(await area.get()), ...JSON.parse(JSON.stringify(items)) };
    if (bytesOf(after) > budget()) {
      counter.refused += 1;
      throw new Error(QUOTA_MESSAGE);
    }
    await set(items);
  });
  return Object.assign(spy, { counter });
}
