import type { BreakKind, Settings } from '../core';
import type { PromptContent } from '../platform/notifications';

/** Notification button order: the click handler maps indexes back through this list. */
export const PROMPT_BUTTONS = ['start', 'snooze'] as const;

/** The words of a break prompt. Framed as an offer, never as a reprimand (HSE: monitoring can backfire). */
export function promptContent(kind: BreakKind, snoozesLeft: number, settings: Settings): PromptContent {
  const snooze = `Snooze ${settings.snooze.minutes} min`;
  const buttons = snoozesLeft > 0 ? ['Start', snooze] : ['Start'];
  if (kind === 'stretch') {
    return {
      title: 'Time to stand up and stretch',
      message: `You've been sitting a while. A ${settings.stretchBreak.durationMinutes}-minute stretch break is ready.`,
      buttons,
    };
  }
  return {
    title: 'Rest your eyes',
    message: `Look at something at least 6 metres (20 feet) away for ${settings.microBreak.durationSeconds} seconds, and roll your shoulders back.`,
    buttons,
  };
}
