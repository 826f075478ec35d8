import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';
import { resetLanguageForTests } from '../src/platform/i18n';
import { fakeI18n, useLanguage } from './fake-i18n';

// Outside a browser the platform's one polyfill import becomes the in-memory fake browser, whose
// i18n (not implemented there) reads src/locales like the real one. Every test starts in English.
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

Object.assign(fakeBrowser, { i18n: fakeI18n });

beforeEach(() => {
  useLanguage('en');
  resetLanguageForTests();
});
