import { type PolicySettings, parsePolicySettings } from '../core';
import { browser } from './browser';

/** How long a managed read may take before it counts as "no policy" for now. */
export const MANAGED_TIMEOUT_MS = 1000;

/** The policy as managed storage gave it (undefined for none), not yet checked. */
let cached: Promise<unknown> | null = null;
/** The settings parts of `cached`, parsed once per copy. */
let settingsParts: Promise<PolicySettings> | null = null;
/** Listeners told when a read that timed out settles late with a policy after all. */
const lateListeners = new Set<() => void>();

const isPolicy = (raw: unknown) => typeof raw === 'object' && raw !== null && Object.keys(raw).length > 0;

/**
 * In Debian's Chromium with no policy set, storage.managed.get() from a page may never settle, and
 * in a freshly started worker it can take seconds; Firefox without a policy rejects. A read that
 * takes longer than MANAGED_TIMEOUT_MS counts as no policy for now; if it settles later with a
 * policy, that policy replaces the cached copy and the listeners are told.
 */
async function readManaged(): Promise<unknown> {
  const managed = browser.storage?.managed;
  if (!managed) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((done) => {
    timer = setTimeout(() => done('timeout'), MANAGED_TIMEOUT_MS);
  });
  const get = managed.get().then(
    (raw) => ({ raw: isPolicy(raw) ? raw : undefined }),
    () => ({ raw: undefined }),
  );
  try {
    const first = await Promise.race([get, timeout]);
    if (first !== 'timeout') return first.raw;
    void get.then(({ raw }) => {
      if (raw === undefined) return;
      cached = Promise.resolve(raw);
      settingsParts = null;
      for (const listener of lateListeners) listener();
    });
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The administrator's policy as stored, unchecked: read once per page or worker wake, and again
 * after a managed-storage change. Parse it with parsePolicySettings, or parsePolicy where the
 * whole policy is shown (team-policy.ts).
 */
export function readManagedPolicy(): Promise<unknown> {
  // A read that timed out is remembered as "no policy" too, so later reads do not wait again;
  // the late answer, if it brings a policy, replaces it (see readManaged).
  cached ??= readManaged();
  return cached;
}

/**
 * The policy's settings parts (organization, enforced, defaults), validated leniently: bad values
 * are dropped and listed in `problems`. All the worker reads of the policy.
 */
export function readPolicySettings(): Promise<PolicySettings> {
  settingsParts ??= readManagedPolicy().then(parsePolicySettings);
  return settingsParts;
}

/**
 * Chromium applies policy changes while running; they arrive as storage changes in 'managed'.
 * A policy that arrives late (a read that timed out settling after all) is reported too.
 */
export function onPolicyChanged(listener: () => void): () => void {
  const handler = (_changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed') return;
    forgetPolicy();
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
  settingsParts = null;
}
