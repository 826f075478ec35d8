import { type MessageEntry, readMessages, substitute } from './locale-files';

// browser.i18n for tests, reading the same src/locales files the build ships. English unless a
// test calls useLanguage; an unknown name gives "" as in both browsers.
const loaded = new Map<string, Map<string, MessageEntry>>();
let current = 'en';

function messages(lang: string): Map<string, MessageEntry> {
  let m = loaded.get(lang);
  if (!m) {
    m = readMessages(lang);
    loaded.set(lang, m);
  }
  return m;
}

export const fakeI18n = {
  getMessage(name: string, subs?: string | string[]): string {
    const key = name.toLowerCase();
    const entry = messages(current.split('-')[0]!).get(key) ?? messages('en').get(key);
    if (!entry) return '';
    return substitute(entry, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]);
  },
  getUILanguage: (): string => current,
  getAcceptLanguages: async (): Promise<string[]> => [current],
  detectLanguage: async () => ({ isReliable: false, languages: [] }),
};

/** Switches the fake browser's language; pair with resetLanguageForTests() from src/platform/i18n. */
export function useLanguage(lang: string): void {
  current = lang;
}
