import { browser } from './browser';

export const HELP_PAGE = 'src/help/index.html';
const OPTIONS_PAGE = 'src/options/index.html';

// tabs.create needs no "tabs" permission: that one only guards reading other tabs' URLs and titles.
const openTab = async (path: string) => {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
};

/** Opens "When to see a clinician" in a new tab of the current window. */
export function openHelpPage(): Promise<void> {
  return openTab(HELP_PAGE);
}

/**
 * Opens the options page on one of its tabs (its id goes in the URL's hash). runtime.openOptionsPage
 * cannot say which tab, so this opens a fresh one.
 */
export function openOptionsAt(tab: string): Promise<void> {
  return openTab(`${OPTIONS_PAGE}#${tab}`);
}
