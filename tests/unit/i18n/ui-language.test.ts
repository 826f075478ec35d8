import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatNumber, resetLanguageForTests, t, tp, uiLanguage } from '../../../src/platform/i18n';
import { formatDate } from '../../../src/shared/format';
import { fakeI18n, useLanguage } from '../../fake-i18n';

afterEach(() => vi.restoreAllMocks());

describe('the page language', () => {
  it('is the browser’s own, regional variant included, when Sitwell speaks it', () => {
    useLanguage('de');
    vi.spyOn(fakeI18n, 'getUILanguage').mockReturnValue('de-AT');
    resetLanguageForTests();
    expect(uiLanguage()).toBe('de-AT');
    expect(t('cmd_start_break')).toBe('Jetzt eine Dehnpause starten');
  });

  it('is the messages’ language when the browser reports another (headless Chromium says en-US)', () => {
    useLanguage('fr');
    vi.spyOn(fakeI18n, 'getUILanguage').mockReturnValue('en-US');
    resetLanguageForTests();
    expect(uiLanguage()).toBe('fr');
    expect(formatNumber(1234.5)).toBe('1\u202f234,5');
  });

  it('formats dates and plural forms in that language', () => {
    useLanguage('de');
    resetLanguageForTests();
    const noon = new Date(2026, 10, 26, 12, 5).getTime();
    expect(formatDate(noon, { weekday: 'long' })).toBe('Donnerstag');
    useLanguage('en');
    resetLanguageForTests();
    expect(formatDate(noon, { weekday: 'long' })).toBe('Thursday');
    expect(tp('status_minutes', 1)).toMatch(/^1 /);
  });
});
