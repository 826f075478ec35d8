import type { Msg, MsgPart } from '../core/message';
import type { MessageKey, PluralKey } from '../locales/keys';
import { browser } from './browser';

/**
 * Words for people come from _locales/<lang>/messages.json through the browser's i18n API, which
 * picks the browser's language and falls back to English key by key. Both browsers replace `$1`…`$9`
 * in a message with the values given, and `$$` with a dollar sign.
 */

let language: string | undefined;

/**
 * The language the pages are shown in, for `<html lang>` and `Intl`: the browser's own ("de-AT",
 * "en-GB") when Sitwell speaks it, else the language of the messages actually in use. The two
 * differ when the browser's language has no messages (Portuguese falls back to English) and in
 * headless Chromium, whose getUILanguage() says en-US whatever --lang picked for the messages.
 */
export function uiLanguage(): string {
  if (language) return language;
  const shown = browser.i18n.getMessage('locale_code') || 'en';
  const browserLanguage = browser.i18n.getUILanguage() || shown;
  language = browserLanguage.split('-')[0]?.toLowerCase() === shown ? browserLanguage : shown;
  return language;
}

let numbers: Intl.NumberFormat | undefined;
let plurals: Intl.PluralRules | undefined;

/** A number in the reader's digits and separators ("1,234" in English, "1.234" in German). */
export function formatNumber(n: number): string {
  numbers ??= new Intl.NumberFormat(uiLanguage());
  return numbers.format(n);
}

type Value = string | number;
const text = (value: Value) => (typeof value === 'number' ? formatNumber(value) : value);

/**
 * The message named `key` with its values. A name the files lack gives the name itself, so a
 * missing translation shows up on screen and in tests instead of as a blank.
 */
export function t(key: MessageKey, ...subs: Value[]): string {
  return tKey(key, ...subs);
}

/**
 * As `t`, for names built at run time from data ids (`ex_chin_tuck_name`); tests check that
 * every id in the data has its messages.
 */
export function tKey(key: string, ...subs: Value[]): string {
  const message = browser.i18n.getMessage(key, subs.length > 0 ? subs.map(text) : undefined);
  return message || key;
}

/**
 * A counted message: `key_one`, `key_other` (and any other CLDR category a language defines),
 * chosen by Intl.PluralRules for the UI language; `$1` is the count. A category the files lack
 * falls back to `_other`.
 */
export function tp(key: PluralKey, count: number, ...subs: Value[]): string {
  plurals ??= new Intl.PluralRules(uiLanguage());
  const exact = browser.i18n.getMessage(`${key}_${plurals.select(count)}`, [text(count), ...subs.map(text)]);
  return exact || tKey(`${key}_other`, count, ...subs);
}

/** A core message (src/core/message.ts) in words. */
export function say(m: Msg): string {
  const subs = m.subs.map(part);
  if (m.count !== undefined) return tp(m.key as PluralKey, m.count, ...subs.slice(1));
  return tKey(m.key, ...subs);
}

function part(p: MsgPart): Value {
  if (typeof p === 'string' || typeof p === 'number') return p;
  if (Array.isArray(p)) return p.map((m: Msg) => say(m)).join(' ');
  return say(p as Msg);
}

/** Test seam: forget the cached language so a test can switch it. */
export function resetLanguageForTests(): void {
  language = undefined;
  numbers = undefined;
  plurals = undefined;
}
