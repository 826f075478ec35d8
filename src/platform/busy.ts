import type { Busy, Settings } from '../core';
import { browser } from './browser';
import { meetingAudible } from './meeting-permission';

/**
 * Whether the last focused browser window is in full screen: a presentation, a film, a shared
 * screen. Reading a window's state needs no permission.
 */
export async function inFullscreen(): Promise<boolean> {
  try {
    const window = await browser.windows.getLastFocused();
    return window?.state === 'fullscreen';
  } catch {
    return false; // no browser window open at all
  }
}

/**
 * What the person is busy with, for the engine to let a due break wait: only what the settings
 * ask about is looked at, full screen first.
 */
export async function findBusy(defer: Settings['defer']): Promise<Busy> {
  if (defer.fullscreen && (await inFullscreen())) return 'fullscreen';
  if (defer.meetings && (await meetingAudible())) return 'meeting';
  return null;
}
