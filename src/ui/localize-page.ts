import type { MessageKey } from '../locales/keys';
import { t, uiLanguage } from '../platform/i18n';

/**
 * Gives the page the browser's language (screen readers pick their voice from `lang`, and
 * hyphenation and quotes follow it) and its title in that language. Called first in each page.
 */
export function localizePage(title: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(title);
}
