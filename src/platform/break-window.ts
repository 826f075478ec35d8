import type { BreakKind } from '../core';
import { browser } from './browser';

const WINDOW_KEY = 'breakWindowId';
export const BREAK_PAGE = 'src/break/index.html';

/**
 * Opens the break page in a small window, or focuses the one already open, so a person never
 * ends up with two break windows. The window id lives in session storage: it means nothing
 * after a browser restart.
 */
export async function openBreakWindow(kind: BreakKind): Promise<void> {
  const stored = (await browser.storage.session.get(WINDOW_KEY))[WINDOW_KEY];
  if (typeof stored === 'number') {
    try {
      await browser.windows.update(stored, { focused: true, drawAttention: true });
      return;
    } catch {
      // The window was closed: open a new one below.
    }
  }
  const created = await browser.windows.create({
    url: browser.runtime.getURL(`${BREAK_PAGE}?kind=${kind}`),
    type: 'popup',
    width: 460,
    height: 640,
    focused: true,
  });
  await browser.storage.session.set({ [WINDOW_KEY]: created.id });
}
