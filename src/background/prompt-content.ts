import type { BreakKind, PosturePhase, Settings } from '../core';
import type { MessageKey, PluralKey } from '../locales/keys';
import { t, tp } from '../platform/i18n';
import type { PromptContent } from '../platform/notifications';

/** Notification button order: the click handler maps indexes back through this list. */
export const PROMPT_BUTTONS = ['start', 'snooze'] as const;

/** The words of a break prompt. Framed as an offer, never as a reprimand (HSE: monitoring can backfire). */
export function promptContent(kind: BreakKind, snoozesLeft: number, settings: Settings): PromptContent {
  const start = t('prompt_start');
  const buttons = snoozesLeft > 0 ? [start, tp('prompt_snooze', settings.snooze.minutes)] : [start];
  if (kind === 'stretch') {
    return {
      title: t('prompt_stretch_title'),
      message: tp('prompt_stretch_message', settings.stretchBreak.durationMinutes),
      buttons,
      clickHint: t('prompt_click_to_choose'),
    };
  }
  return {
    title: t('prompt_micro_title'),
    message: tp('prompt_micro_message', settings.microBreak.durationSeconds),
    buttons,
    clickHint: t('prompt_click_to_choose'),
  };
}

const POSTURE: Record<PosturePhase, { title: MessageKey; message: PluralKey }> = {
  stand: { title: 'prompt_stand_title', message: 'prompt_stand_message' },
  move: { title: 'prompt_move_title', message: 'prompt_move_message' },
  sit: { title: 'prompt_sit_title', message: 'prompt_sit_message' },
};

/** The words of a sit–stand–move change (Cornell's 20-8-2): short, since nothing is asked back. */
export function postureContent(phase: PosturePhase, settings: Settings): Pick<PromptContent, 'title' | 'message'> {
  const s = settings.sitStand;
  const minutes = phase === 'stand' ? s.standMinutes : phase === 'move' ? s.moveMinutes : s.sitMinutes;
  return { title: t(POSTURE[phase].title), message: tp(POSTURE[phase].message, minutes) };
}

/** Notification buttons of the posture check, in order. */
export const CHECK_BUTTONS = ['all-good', 'answer'] as const;

/** The quick posture check: three questions, answerable in one click when all is well. */
export function checkContent(): PromptContent {
  return {
    title: t('prompt_check_title'),
    message: t('prompt_check_message'),
    buttons: [t('prompt_check_all_good'), t('prompt_check_answer')],
    clickHint: t('prompt_check_click'),
  };
}
