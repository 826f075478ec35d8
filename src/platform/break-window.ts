import type { BreakKind } from '../core';
import { browser } from './browser';

export const BREAK_PAGE = 'src/break/index.html';

/**
 * Opens an extension page in a small window, or focuses the one already open under `key`, so a
 * person never ends up with two of the same window. The window id lives in session storage: it
 * means nothing after a browser restart.
 */
async function openSingleWindow(key: string, path: string, height: number): Promise<void> {
  const stored = (await browser.storage.session.get(key))[key];
  if (typeof stored === 'number') {
    try {
      await browser.windows.update(stored, { focused: true, drawAttention: true });
      return;
    } catch {
      // The window was closed: open a new one below.
    }
  }
  const created = await browser.windows.create({
    url: browser.runtime.getURL(path),
    type: 'popup',
    width: 460,
    height,
    focused: true,
  });
  await browser.storage.session.set({ [key]: created.id });
}

/** The break page for a prompted or running break. */
export function openBreakWindow(kind: BreakKind): Promise<void> {
  return openSingleWindow('breakWindowId', `${BREAK_PAGE}?kind=${kind}`, 720);
}

/** The quick posture check, in a window of its own so it never replaces a running break. */
export function openCheckWindow(): Promise<void> {
  return openSingleWindow('checkWindowId', `${BREAK_PAGE}?check=1`, 560);
}
