import { browser } from './browser';

/**
 * Whether this is Firefox. One bundle serves every browser, so the few differences are decided at
 * run time; Firefox's extension pages live under moz-extension:, Chromium's under chrome-extension:.
 */
export function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}
