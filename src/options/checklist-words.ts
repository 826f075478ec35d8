import type { Answer, ChecklistSection } from '../core';
import type { MessageKey } from '../locales/keys';
import { t } from '../platform/i18n';

/** The three answers, as the radios read. */
export const answerLabels = (): Record<Answer, string> => ({
  yes: t('ck_answer_yes'),
  no: t('ck_answer_no'),
  na: t('ck_answer_na'),
});

/**
 * Why each of the three key sections matters, in a sentence or two above its items; for the
 * other sections that have a picture, a line beside it.
 */
const INTROS: Readonly<Record<string, MessageKey>> = {
  chair: 'ck_intro_chair',
  feet: 'ck_intro_feet',
  reach: 'ck_intro_reach',
  screen: 'ck_picture_note_screen',
  'keyboard-mouse': 'ck_picture_note_keyboard_mouse',
};

/** The built-in section's introduction, if it has one; added sections have none. */
export function sectionIntro(section: ChecklistSection): string | undefined {
  const key = section.title === undefined ? INTROS[section.id] : undefined;
  return key && t(key);
}

/**
 * The words on either side of a message's one value ($1), for markup that treats them apart
 * (shown to screen readers only, say) while the sentence stays whole for translators.
 */
export function aroundValue(key: MessageKey): [before: string, after: string] {
  const marker = '\uE000';
  const [before = '', after = ''] = t(key, marker).split(marker);
  return [before, after];
}
