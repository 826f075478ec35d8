import type { BreakKind, PosturePhase, Settings } from '../core';
import { phaseMinutes } from '../core/schedule/posture';
import { t, tp } from '../platform/i18n';
import type { PromptContent } from '../platform/notifications';

/** Notification button order: the click handler maps indexes back through this list. */
export const PROMPT_BUTTONS = ['start', 'snooze'] as const;

/**
 * The words of a break prompt. Framed as an offer, never as a reprimand (HSE: monitoring can
 * backfire). Names built from the kind are still checked: tsc knows every one they can make.
 */
export function promptContent(kind: BreakKind, snoozesLeft: number, settings: Settings): PromptContent {
  const start = t('prompt_start');
  const length = kind === 'stretch' ? settings.stretchBreak.durationMinutes : settings.microBreak.durationSeconds;
  return {
    title: t(`prompt_${kind}_title`),
    message: tp(`prompt_${kind}_message`, length),
    buttons: snoozesLeft > 0 ? [start, tp('prompt_snooze', settings.snooze.minutes)] : [start],
    clickHint: t('prompt_click_to_choose'),
  };
}

/** The words of a sit–stand–move change (Cornell's 20-8-2): short, since nothing is asked back. */
export function postureContent(phase: PosturePhase, settings: Settings): Pick<PromptContent, 'title' | 'message'> {
  return { title: t(`prompt_${phase}_title`), message: tp(`prompt_${phase}_message`, phaseMinutes(phase, settings)) };
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
