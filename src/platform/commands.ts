import { browser } from './browser';

/** The keyboard commands in the manifest; their descriptions are translated there. */
export const COMMANDS = ['start-break', 'toggle-pause'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** A command and its current key, e.g. "Alt+Shift+B"; empty when the person removed it. */
export interface Shortcut {
  name: CommandName;
  shortcut: string;
}

const isCommand = (name: string | undefined): name is CommandName => COMMANDS.includes(name as CommandName);

/** The shortcuts as the browser has them now (the person may have changed them). */
export async function readShortcuts(): Promise<Shortcut[]> {
  try {
    const all = await browser.commands.getAll();
    return all
      .filter((c) => isCommand(c.name))
      .map((c) => ({ name: c.name as CommandName, shortcut: c.shortcut ?? '' }));
  } catch {
    return [];
  }
}

export function onCommand(listener: (name: CommandName) => void): void {
  browser.commands.onCommand.addListener((name: string) => {
    if (isCommand(name)) listener(name);
  });
}

/**
 * Opens the browser's own page for changing extension shortcuts. Firefox has a call for it;
 * Chromium browsers let an extension open their chrome://extensions/shortcuts page in a tab
 * (Edge and Brave map that address to their own).
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
