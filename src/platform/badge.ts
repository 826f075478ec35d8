import type { Badge } from '../core';
import { browser } from './browser';

// Colours with enough contrast for white badge text (WCAG AA for the small badge font).
const BACKGROUND: Record<Badge['tone'], string> = {
  normal: '#0f6b5c',
  attention: '#b3261e',
  quiet: '#5f6368',
};

export async function showBadge(badge: Badge, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: BACKGROUND[badge.tone] }),
    browser.action.setTitle({ title }),
  ]);
}
