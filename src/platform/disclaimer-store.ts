import { browser } from './browser';
import { onStorageKeyChanged } from './storage-watch';

const KEY = 'disclaimer';

export interface DisclaimerState {
  acknowledgedAt: number;
}

/** The person's "I understand" to the first-run notice; null until they give it. Per device. */
export async function readDisclaimer(): Promise<DisclaimerState | null> {
  const raw = (await browser.storage.local.get(KEY))[KEY] as Partial<DisclaimerState> | undefined;
  return typeof raw?.acknowledgedAt === 'number' ? { acknowledgedAt: raw.acknowledgedAt } : null;
}

export async function acknowledgeDisclaimer(now = Date.now()): Promise<void> {
  const state: DisclaimerState = { acknowledgedAt: now };
  await browser.storage.local.set({ [KEY]: state });
}

export function onDisclaimerChanged(listener: () => void): () => void {
  return onStorageKeyChanged(KEY, ['local'], listener);
}
