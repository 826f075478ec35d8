import { t } from '../platform/i18n';

/** Shown for the few milliseconds before storage answers. */
export function Loading() {
  return <p class="muted">{t('popup_loading')}</p>;
}
