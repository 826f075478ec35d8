/**
 * The safety wording in one place (content brief §4): the first-run notice, the break page and
 * the clinician page all say the same thing.
 */
import { t } from '../platform/i18n';

/** Not medical advice, no substitute for a clinician. */
export const disclaimerShort = (): string => t('popup_disclaimer_short');

/** Who should ask a doctor or physiotherapist before exercising. */
export const disclaimerAskFirst = (): string => t('popup_disclaimer_ask_first');
