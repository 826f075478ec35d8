import type { BreakKind, PosturePhase, Settings } from '../core';
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

/** The words of a sit–stand–move change (Cornell's 20-8-2): short, since nothing is asked back. */
export function postureContent(phase: PosturePhase, settings: Settings): Pick<PromptContent, 'title' | 'message'> {
  const s = settings.sitStand;
  switch (phase) {
    case 'stand':
      return {
        title: 'Time to stand',
        message: `Raise the desk and work standing for about ${s.standMinutes} minutes.`,
      };
    case 'move':
      return { title: 'Time to move', message: `Walk, stretch or fetch some water for ${s.moveMinutes} minutes.` };
    case 'sit':
      return { title: 'Time to sit down', message: `Lower the desk and sit for about ${s.sitMinutes} minutes.` };
  }
}

/** Notification buttons of the posture check, in order. */
export const CHECK_BUTTONS = ['all-good', 'answer'] as const;

/** The quick posture check: three questions, answerable in one click when all is well. */
export function checkContent(): PromptContent {
  return {
    title: 'Quick posture check',
    message: 'Lower back supported? Feet flat or on a footrest? Things you use often within easy reach?',
    buttons: ['All good', 'Answer one by one'],
  };
}
