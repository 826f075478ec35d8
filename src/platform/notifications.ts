import type { Notifications } from 'webextension-polyfill';
import { browser } from './browser';
import { isFirefox } from './browser-kind';

export const PROMPT_ID = 'sitwell-break';

export interface PromptContent {
  title: string;
  message: string;
  /** Button labels, in order; the browser reports clicks by index. */
  buttons: string[];
  /** Where notifications have no buttons (Firefox): what clicking the notification does. */
  clickHint?: string;
}

/**
 * Shows the break prompt as a system notification. Resolves false when notifications are
 * blocked or creating one fails, so the caller can open the break window instead.
 */
export async function showPromptNotification(content: PromptContent, id = PROMPT_ID): Promise<boolean> {
  const api = browser.notifications;
  try {
    // Chromium reports a blocked permission here; Firefox has no such call.
    if ('getPermissionLevel' in api && typeof api.getPermissionLevel === 'function') {
      if ((await api.getPermissionLevel()) === 'denied') return false;
    }
    await api.clear(id); // a fresh notification is noticed; an updated one may not be
    await api.create(id, promptOptions(content));
    return true;
  } catch {
    return false;
  }
}

/**
 * Firefox takes only type, title, message and iconUrl: no buttons, and the notification leaves
 * the screen by itself. There a click on it opens the break page, where the same choices are.
 */
function promptOptions(content: PromptContent): Notifications.CreateNotificationOptions {
  const basic = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: content.title,
    message: content.message,
  };
  if (isFirefox()) return content.clickHint ? { ...basic, message: `${content.message} ${content.clickHint}` } : basic;
  return {
    ...basic,
    // Chromium only: buttons and staying on screen until answered.
    buttons: content.buttons.map((title) => ({ title })),
    requireInteraction: true,
    priority: 2,
    // The polyfill's types follow Firefox, which lacks the two Chromium-only fields above.
  } as unknown as Notifications.CreateNotificationOptions;
}

export const POSTURE_ID = 'sitwell-posture';

/**
 * A light notification that asks nothing back (the sit–stand–move changes): no buttons, and it
 * leaves the screen by itself. When notifications are unavailable it is simply not shown; the
 * popup's status line says the same.
 */
export async function showLightNotification(content: Pick<PromptContent, 'title' | 'message'>): Promise<boolean> {
  try {
    await browser.notifications.create(POSTURE_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: content.title,
      message: content.message,
    });
    return true;
  } catch {
    return false;
  }
}

export async function clearPromptNotification(id = PROMPT_ID): Promise<void> {
  try {
    await browser.notifications.clear(id);
  } catch {
    // Nothing to clear, or notifications are unavailable: either way nothing is on screen.
  }
}

export const CHECK_ID = 'sitwell-check';

export function onNotificationClicked(id: string, listener: () => void): void {
  browser.notifications.onClicked.addListener((clicked) => {
    if (clicked === id) listener();
  });
}

/** Chromium only: Firefox shows no buttons and has no such event. */
export function onNotificationButton(id: string, listener: (index: number) => void): void {
  browser.notifications.onButtonClicked?.addListener((clicked, index) => {
    if (clicked === id) listener(index);
  });
}
