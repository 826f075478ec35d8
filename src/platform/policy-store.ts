import { type ChecklistItem, type ChecklistSection, type Policy, parsePolicy } from '../core';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../data/checklist';
import { browser } from './browser';

/** How long a managed read may take before it counts as "no policy" for now. */
export const MANAGED_TIMEOUT_MS = 1000;

const BUILT_IN = {
  sections: CHECKLIST_SECTIONS as readonly ChecklistSection[],
  items: CHECKLIST_ITEMS as readonly ChecklistItem[],
};

let cached: Promise<Policy> | null = null;
/** Listeners told when a read that timed out settles late with a policy after all. */
const lateListeners = new Set<() => void>();

const isPolicy = (raw: unknown) => typeof raw === 'object' && raw !== null && Object.keys(raw).length > 0;

/**
 * In Debian's Chromium with no policy set, storage.managed.get() from a page may never settle, and
 * in a freshly started worker it can take seconds; Firefox without a policy rejects. A read that
 * takes longer than MANAGED_TIMEOUT_MS counts as no policy for now; if it settles later with a
 * policy, that policy replaces the cached copy and the listeners are told.
 */
async function readManaged(): Promise<{ raw: unknown; timedOut: boolean }> {
  const managed = browser.storage?.managed;
  if (!managed) return { raw: undefined, timedOut: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((done) => {
    timer = setTimeout(() => done('timeout'), MANAGED_TIMEOUT_MS);
  });
  const get = managed.get().then(
    (raw) => ({ raw: isPolicy(raw) ? raw : undefined, timedOut: false }),
    () => ({ raw: undefined, timedOut: false }),
  );
  try {
    const first = await Promise.race([get, timeout]);
    if (first !== 'timeout') return first;
    void get.then(({ raw }) => {
      if (raw === undefined) return;
      cached = Promise.resolve(parsePolicy(raw, BUILT_IN));
      for (const listener of lateListeners) listener();
    });
    return { raw: undefined, timedOut: true };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The administrator's policy, validated leniently (bad values are dropped and listed in
 * `problems`). Read once per page or worker wake; a managed-storage change clears the copy.
 */
export function readPolicy(): Promise<Policy> {
  // A read that timed out is remembered as "no policy" too, so later reads do not wait again;
  // the late answer, if it brings a policy, replaces it (see readManaged).
  cached ??= readManaged().then(({ raw }) => parsePolicy(raw, BUILT_IN));
  return cached;
}

/**
 * Chromium applies policy changes while running; they arrive as storage changes in 'managed'.
 * A policy that arrives late (a read that timed out settling after all) is reported too.
 */
export function onPolicyChanged(listener: () => void): () => void {
  const handler = (_changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed') return;
    cached = null;
    listener();
  };
  browser.storage.onChanged.addListener(handler);
  lateListeners.add(listener);
  return () => {
    browser.storage.onChanged.removeListener(handler);
    lateListeners.delete(listener);
  };
}

/** Drops the cached copy, so the next read asks the browser again. */
export function forgetPolicy(): void {
  cached = null;
}
